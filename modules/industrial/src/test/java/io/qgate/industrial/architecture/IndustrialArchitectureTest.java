package io.qgate.industrial.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Cargo Tracker's layering inside the industrial module: the domain (plant model, wire format,
 * alarm rules) knows nothing of the application services that simulate and monitor, and nothing
 * here is REST or JPA.
 */
@AnalyzeClasses(
    packages = "io.qgate.industrial",
    importOptions = ImportOption.DoNotIncludeTests.class)
class IndustrialArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnNoApplicationClass =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.industrial.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.qgate.industrial.application..");

  @ArchTest
  static final ArchRule noRestNoJpa =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.industrial..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..");

  @ArchTest
  static final ArchRule domainNeedsNoFramework =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.industrial.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..");
}
