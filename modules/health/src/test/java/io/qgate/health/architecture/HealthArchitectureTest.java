package io.qgate.health.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Cargo Tracker layering: the domain (entities, value objects, the FHIR codec, the clinical rules)
 * knows nothing of the application services that use it; and this module is plain logic the edge
 * gateway and the consumers run, with no REST resources or persistence of its own.
 */
@AnalyzeClasses(packages = "io.qgate.health", importOptions = ImportOption.DoNotIncludeTests.class)
class HealthArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnNoApplicationClass =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.health.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.qgate.health.application..");

  @ArchTest
  static final ArchRule noRestNoPersistence =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..")
          .because("REST lives in the console and persistence in the platform's infrastructure");
}
