package io.qgate.netsim.cli;

import io.qgate.netsim.energy.EnergyModel;
import io.qgate.netsim.model.NetworkSimulation;
import io.qgate.netsim.model.SimulationConfig;
import io.qgate.netsim.model.SimulationOutcome;
import io.qgate.netsim.report.Charts;
import io.qgate.netsim.report.JsonDocument;
import io.qgate.netsim.report.RunReport;
import io.qgate.netsim.report.TextReport;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qgate sim network}: one simulated deployment, reported as a table or JSON. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Discrete-event simulation of a QKD deployment for IoT: key supply (the QKD engine's link",
      "rates) against device rekeying, latency, share of devices served, one node failing,",
      "energy and cost. Deterministic under --seed. See docs/architectures.md."
    })
public final class NetworkCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin NetworkOptions options;

  @Option(names = "--format", description = "table (default) or json")
  String format = "table";

  @Option(names = "--plot", paramLabel = "DIR", description = "write PNG charts into DIR")
  Path plotDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean json =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "json" -> true;
          case "table" -> false;
          default ->
              throw new IllegalArgumentException(
                  "--format must be table or json, was '" + format + "'");
        };
    long start = System.nanoTime();
    Setup setup = Setup.from(options);
    SimulationConfig config = setup.config();
    SimulationOutcome outcome = NetworkSimulation.run(config, new ProgressLine(err));
    double wall = (System.nanoTime() - start) / 1e9;
    RunReport report =
        new RunReport(
            setup.architecture(),
            config,
            outcome,
            setup.assumptions(),
            EnergyModel.estimate(
                config.topology(), outcome, config.durationNanos() / 1e9, setup.assumptions()),
            wall);
    JsonObject document = JsonDocument.of(report);
    if (json) {
      out.println(document);
      out.flush();
    } else {
      TextReport.print(document, out);
    }
    if (plotDir != null) {
      for (Path file : Charts.write(report, plotDir)) {
        err.println("qgate: wrote " + file);
      }
    }
    return 0;
  }
}
