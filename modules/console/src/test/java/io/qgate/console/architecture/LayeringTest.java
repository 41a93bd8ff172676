package io.qgate.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * The layering of the Jakarta EE reference application (Cargo Tracker), for every module in the
 * WAR: domain at the centre, application services around it, infrastructure and interfaces at the
 * edge, neither of which the inner layers may see.
 */
@AnalyzeClasses(packages = "io.qgate", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Domain")
          .definedBy("io.qgate..domain..")
          .layer("Application")
          .definedBy("io.qgate..application..")
          .layer("Infrastructure")
          .definedBy("io.qgate..infrastructure..")
          .layer("Interfaces")
          .definedBy("io.qgate..interfaces..")
          .whereLayer("Interfaces")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Infrastructure")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces");

  @ArchTest
  static final ArchRule domainIsFreeOfFrameworkPlumbing =
      noClasses()
          .that()
          .resideInAPackage("io.qgate..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.ejb..", "jakarta.transaction..", "jakarta.json..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager")
          .because("the domain holds rules; transport, transactions and queries live outside it");

  @ArchTest
  static final ArchRule restResourcesLiveInTheInterfacesLayer =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .or()
          .areAnnotatedWith(Provider.class)
          .should()
          .resideInAPackage("io.qgate..interfaces.rest..");

  @ArchTest
  static final ArchRule entitiesLiveInTheDomain =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .resideInAPackage("io.qgate..domain..");

  @ArchTest
  static final ArchRule entityManagerOnlyInInfrastructure =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.qgate..infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  /**
   * Outside any transaction a container-managed EntityManager is tied to the calling invocation; on
   * a managed scheduler thread every run of a periodic task reuses the first run's, closed by then,
   * so each later JPA call fails ("Session/EntityManager is closed") — a policy cache reloaded by a
   * link runner stopped every pool from filling. A repository therefore opens a transaction when
   * its caller has none.
   */
  @ArchTest
  static final ArchRule jpaRepositoriesOpenATransactionWhenTheCallerHasNone =
      classes()
          .that(
              DescribedPredicate.describe(
                  "hold an EntityManager",
                  (JavaClass c) ->
                      c.getFields().stream()
                          .anyMatch(f -> f.getRawType().isEquivalentTo(EntityManager.class))))
          .should()
          .beAnnotatedWith(Transactional.class);

  @ArchTest
  static final ArchRule platformKernelKnowsNoBoundedContext =
      noClasses()
          .that()
          .resideInAPackage("io.qgate.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.qgate.network..", "io.qgate.console..");
}
