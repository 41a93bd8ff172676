package io.qgate.qkd.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine is a plain library researchers can use on its own: one package per stage of the
 * physics and post-processing, no cycles between them, and the command line at the edge.
 */
@AnalyzeClasses(packages = "io.qgate.qkd", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

  @ArchTest
  static final ArchRule noJakartaEe =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.persistence..",
              "jakarta.ws..",
              "jakarta.ejb..",
              "jakarta.transaction..")
          .because("the engine runs outside any application server");

  @ArchTest
  static final ArchRule stagesKnowNothingOfTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.qgate.qkd.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.qgate.qkd.cli..", "picocli..", "jakarta.json..", "org.knowm.xchart..");

  @ArchTest
  static final ArchRule stagesAreFreeOfCycles =
      slices().matching("io.qgate.qkd.(*)..").should().beFreeOfCycles();
}
