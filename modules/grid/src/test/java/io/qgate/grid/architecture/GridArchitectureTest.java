package io.qgate.grid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Cargo Tracker layering inside the grid context: the domain (model, wire format, alarm rules)
 * knows nothing of the application (simulator, monitor); nothing here is a REST resource or a JPA
 * repository yet.
 */
@AnalyzeClasses(packages = "io.qgate.grid", importOptions = ImportOption.DoNotIncludeTests.class)
class GridArchitectureTest {

  @ArchTest
  static final ArchRule domainDoesNotDependOnApplication =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.grid.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.qgate.grid.application..");

  @ArchTest
  static final ArchRule noRestNoJpa =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..")
          .because("the grid module has no REST resources and no persistence yet");

  @ArchTest
  static final ArchRule noReflectionInTheHotPath =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.grid.domain.synchrophasor..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.lang.reflect..", "java.nio..")
          .because("the codec reads the frame's bytes in place");
}
