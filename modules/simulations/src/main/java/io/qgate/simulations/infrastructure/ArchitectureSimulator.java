package io.qgate.simulations.infrastructure;

import io.qgate.netsim.energy.EnergyAssumptions;
import io.qgate.netsim.energy.EnergyModel;
import io.qgate.netsim.model.KeyMode;
import io.qgate.netsim.model.LinkRates;
import io.qgate.netsim.model.NetworkSimulation;
import io.qgate.netsim.model.RekeyPolicy;
import io.qgate.netsim.model.SimulationConfig;
import io.qgate.netsim.model.SimulationOutcome;
import io.qgate.netsim.model.Timing;
import io.qgate.netsim.report.JsonDocument;
import io.qgate.netsim.report.RunReport;
import io.qgate.netsim.topology.Architecture;
import io.qgate.netsim.topology.LayoutOptions;
import io.qgate.netsim.topology.Topology;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.simulations.domain.ArchitectureParameters;
import io.qgate.simulations.domain.ArchitectureResult;
import io.qgate.simulations.domain.SimulationKind;
import io.qgate.simulations.domain.SimulationParameters;
import io.qgate.simulations.domain.SimulationResult;
import io.qgate.simulations.domain.Simulator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Architecture runs on the network simulator, the same calls {@code ./qgate sim network
 * --architecture A --format json} makes: the architecture's layout, the QKD engine's link rates,
 * the discrete-event run and the energy estimate, reported as the command's JSON document. Every
 * input the job does not take keeps the command's default. Progress comes from the simulator's own
 * callback (200 slices of simulated time per architecture); cancellation is checked there.
 */
@ApplicationScoped
public class ArchitectureSimulator implements Simulator {

  /** The command's defaults for what a job does not set (see NetworkOptions). */
  static final double POOL_BITS = 1e6;

  static final double JITTER = 0.1;
  static final int KEY_BITS = 256;
  static final double MASTER_EPOCH_S = 60;
  static final double PREFETCH_S = 10;
  static final int BINS = 60;

  @Override
  public SimulationKind kind() {
    return SimulationKind.NETWORK_ARCHITECTURE;
  }

  @Override
  public SimulationResult run(SimulationParameters parameters, Progress progress) {
    ArchitectureParameters p = (ArchitectureParameters) parameters;
    List<Map<String, Object>> runs = new ArrayList<>();
    int n = p.architectures().size();
    for (int i = 0; i < n; i++) {
      String name = p.architectures().get(i);
      int index = i;
      progress.report((double) i / n, name + ": laying out and rating links");
      long start = System.nanoTime();
      SimulationConfig config = config(Architecture.fromCliName(name), p);
      SimulationOutcome outcome =
          NetworkSimulation.run(
              config,
              (simulated, total) -> {
                double share = (double) simulated / Math.max(1, total);
                progress.report(
                    (index + share) / n,
                    String.format(Locale.ROOT, "%s: %.0f%% simulated", name, 100 * share));
              });
      double wall = (System.nanoTime() - start) / 1e9;
      EnergyAssumptions assumptions = assumptions();
      RunReport report =
          new RunReport(
              name,
              config,
              outcome,
              assumptions,
              EnergyModel.estimate(
                  config.topology(), outcome, config.durationNanos() / 1e9, assumptions),
              wall);
      runs.add(JsonTrees.toMap(JsonDocument.of(report)));
    }
    progress.report(1, "done");
    return new ArchitectureResult(runs);
  }

  /** The run's configuration, built as the command line's Setup builds it from its flags. */
  static SimulationConfig config(Architecture architecture, ArchitectureParameters p) {
    Protocol protocol = Protocol.fromCliName(p.protocol());
    Topology topology =
        architecture.layout(
            new LayoutOptions(p.areaKm(), p.gateways(), 0, 0, 0, protocol), p.seed());
    double[] rates = new LinkRates(p.repetitionRateHz()).of(topology);
    long duration = nanos(p.hours() * 3600);
    long failAt = p.nodeFailure() ? nanos(p.hours() / 2 * 3600) : -1;
    RekeyPolicy policy =
        new RekeyPolicy(
            nanos(p.rekeyPeriodSeconds()),
            JITTER,
            KEY_BITS,
            KeyMode.valueOf(p.keyMode().toUpperCase(Locale.ROOT)),
            nanos(MASTER_EPOCH_S),
            nanos(PREFETCH_S),
            nanos(p.rekeyPeriodSeconds()));
    return new SimulationConfig(
        topology,
        rates,
        p.devices(),
        policy,
        timing(),
        POOL_BITS,
        duration,
        failAt,
        p.seed(),
        BINS);
  }

  /** Timing.defaults(), through the same millisecond flags the command line reads them by. */
  private static Timing timing() {
    Timing d = Timing.defaults();
    return new Timing(
        nanos(d.kmeServiceNanos() / 1e6 / 1e3),
        d.fibreNanosPerKm(),
        nanos(d.accessRttNanos() / 1e6 / 1e3),
        d.derivationNanos());
  }

  /** EnergyAssumptions.defaults(), through the command line's microjoule flags. */
  private static EnergyAssumptions assumptions() {
    EnergyAssumptions d = EnergyAssumptions.defaults();
    return new EnergyAssumptions(
        d.qkdLinkEndWatts(),
        d.trustedNodeWatts(),
        d.deviceRekeyJoules() * 1e6 / 1e6,
        d.deviceMessageJoules() * 1e6 / 1e6,
        d.messagesPerDeviceHour(),
        d.qkdLinkEuros(),
        d.trustedNodeEuros());
  }

  private static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }
}
