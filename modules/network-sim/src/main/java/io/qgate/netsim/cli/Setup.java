package io.qgate.netsim.cli;

import io.qgate.netsim.energy.EnergyAssumptions;
import io.qgate.netsim.model.KeyMode;
import io.qgate.netsim.model.LinkRates;
import io.qgate.netsim.model.RekeyPolicy;
import io.qgate.netsim.model.SimulationConfig;
import io.qgate.netsim.model.Timing;
import io.qgate.netsim.topology.Architecture;
import io.qgate.netsim.topology.LayoutOptions;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;
import io.qgate.netsim.topology.TopologyFile;
import io.qgate.qkd.protocol.Protocol;
import java.util.Locale;

/** The validated run of {@code sim network}: every bad flag is one IllegalArgumentException. */
record Setup(String architecture, SimulationConfig config, EnergyAssumptions assumptions) {

  static Setup from(NetworkOptions o) {
    int devices = o.devices == null ? 1000 : o.devices;
    if (devices <= 0) {
      throw new IllegalArgumentException("--devices must be > 0, was " + devices);
    }
    double hours = Flags.positive("--hours", o.hours, 1);
    long seed = o.seed == null ? 1 : o.seed;
    Protocol protocol = Protocol.fromCliName(o.protocol == null ? "bb84-decoy" : o.protocol);
    String name;
    Topology topology;
    if (o.topology != null) {
      topology = TopologyFile.read(o.topology, protocol);
      name = o.architecture == null ? "file" : Architecture.fromCliName(o.architecture).cliName();
      int inFile = topology.count(Role.GATEWAY);
      if (o.gateways != null && o.gateways != inFile) {
        throw new IllegalArgumentException(
            "--gateways "
                + o.gateways
                + " disagrees with the "
                + inFile
                + " gateways of "
                + o.topology);
      }
    } else {
      if (o.architecture == null) {
        throw new IllegalArgumentException(
            "--architecture is required unless --topology is given (one of "
                + Architecture.names()
                + ")");
      }
      Architecture a = Architecture.fromCliName(o.architecture);
      int gateways = o.gateways == null ? Math.max(1, (devices + 199) / 200) : o.gateways;
      if (gateways <= 0) {
        throw new IllegalArgumentException("--gateways must be > 0, was " + gateways);
      }
      if (gateways > devices) {
        throw new IllegalArgumentException(
            "--gateways (" + gateways + ") must not exceed --devices (" + devices + ")");
      }
      LayoutOptions layout =
          new LayoutOptions(
              Flags.positive("--area-km", o.areaKm, 200),
              gateways,
              Flags.count("--kmes", o.kmes),
              Flags.count("--core-nodes", o.coreNodes),
              Flags.count("--relays", o.relays),
              protocol);
      topology = a.layout(layout, seed);
      name = a.cliName();
    }
    double repetition = Flags.positive("--repetition-rate-hz", o.repetitionRateHz, 1e9);
    double[] rates = new LinkRates(repetition).of(topology);
    long duration = Flags.nanos(hours * 3600);
    long failAt =
        o.noFailure
            ? -1
            : Flags.nanos(Flags.nonNegative("--fail-at-h", o.failAtHours, hours / 2) * 3600);
    if (!o.noFailure && failAt >= duration) {
      throw new IllegalArgumentException("--fail-at-h must be below --hours (" + hours + ")");
    }
    SimulationConfig config =
        new SimulationConfig(
            topology,
            rates,
            devices,
            policy(o),
            timing(o),
            Flags.positive("--pool-bits", o.poolBits, 1e6),
            duration,
            failAt,
            seed,
            o.bins == null ? 60 : o.bins);
    return new Setup(name, config, assumptions(o));
  }

  private static RekeyPolicy policy(NetworkOptions o) {
    double period = Flags.positive("--rekey-period-s", o.rekeyPeriodSeconds, 60);
    KeyMode mode;
    try {
      mode = KeyMode.valueOf((o.keyMode == null ? "derived" : o.keyMode).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--key-mode must be derived or direct, was '" + o.keyMode + "'");
    }
    return new RekeyPolicy(
        Flags.nanos(period),
        Flags.nonNegative("--jitter", o.jitter, 0.1),
        o.keyBits == null ? 256 : o.keyBits,
        mode,
        Flags.nanos(Flags.positive("--master-epoch-s", o.masterEpochSeconds, 60)),
        Flags.nanos(Flags.nonNegative("--prefetch-s", o.prefetchSeconds, 10)),
        Flags.nanos(Flags.positive("--deadline-s", o.deadlineSeconds, period)));
  }

  private static Timing timing(NetworkOptions o) {
    Timing d = Timing.defaults();
    return new Timing(
        Flags.nanos(
            Flags.nonNegative("--kme-service-ms", o.kmeServiceMs, d.kmeServiceNanos() / 1e6) / 1e3),
        d.fibreNanosPerKm(),
        Flags.nanos(
            Flags.nonNegative("--access-rtt-ms", o.accessRttMs, d.accessRttNanos() / 1e6) / 1e3),
        d.derivationNanos());
  }

  private static EnergyAssumptions assumptions(NetworkOptions o) {
    EnergyAssumptions d = EnergyAssumptions.defaults();
    return new EnergyAssumptions(
        Flags.nonNegative("--qkd-link-end-watts", o.qkdLinkEndWatts, d.qkdLinkEndWatts()),
        Flags.nonNegative("--trusted-node-watts", o.trustedNodeWatts, d.trustedNodeWatts()),
        Flags.nonNegative(
                "--device-rekey-uj", o.deviceRekeyMicrojoules, d.deviceRekeyJoules() * 1e6)
            / 1e6,
        Flags.nonNegative(
                "--device-message-uj", o.deviceMessageMicrojoules, d.deviceMessageJoules() * 1e6)
            / 1e6,
        Flags.nonNegative("--messages-per-hour", o.messagesPerHour, d.messagesPerDeviceHour()),
        Flags.nonNegative("--qkd-link-eur", o.qkdLinkEuros, d.qkdLinkEuros()),
        Flags.nonNegative("--trusted-node-eur", o.trustedNodeEuros, d.trustedNodeEuros()));
  }
}
