package io.qgate.netsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulation is a plain library in layers: topology at the bottom, the event kernel beside it,
 * the model over both, energy and report over the model, the command line on top.
 */
@AnalyzeClasses(packages = "io.qgate.netsim", importOptions = ImportOption.DoNotIncludeTests.class)
class NetworkSimArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Cli")
          .definedBy("io.qgate.netsim.cli..")
          .layer("Report")
          .definedBy("io.qgate.netsim.report..")
          .layer("Energy")
          .definedBy("io.qgate.netsim.energy..")
          .layer("Model")
          .definedBy("io.qgate.netsim.model..")
          .layer("Events")
          .definedBy("io.qgate.netsim.events..")
          .layer("Topology")
          .definedBy("io.qgate.netsim.topology..")
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Energy")
          .mayOnlyBeAccessedByLayers("Report", "Cli")
          .whereLayer("Model")
          .mayOnlyBeAccessedByLayers("Energy", "Report", "Cli")
          .whereLayer("Events")
          .mayOnlyBeAccessedByLayers("Model")
          .whereLayer("Topology")
          .mayOnlyBeAccessedByLayers("Model", "Energy", "Report", "Cli");

  @ArchTest
  static final ArchRule noJakartaEe =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..", "jakarta.ws..")
          .because("the simulation runs outside any application server");

  @ArchTest
  static final ArchRule onlyTheEdgesKnowCommandLineAndCharts =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.qgate.netsim.cli..", "io.qgate.netsim.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "org.knowm.xchart..");
}
