package io.qgate.qkd.cli;

import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.Protocol;
import picocli.CommandLine.Option;

/**
 * The link and receiver flags that {@code sim keyrate} and {@code sim session} share, validated in
 * one place; every value defaults to the GYS system (Gobby, Yuan, Shields 2004) and 1 GHz.
 */
final class LinkOptions {

  private static final DvSystem GYS = DvSystem.GYS;

  @Option(names = "--preset", description = "gys: the system of Gobby, Yuan, Shields 2004")
  String preset;

  @Option(names = "--fiber-loss-db-km", description = "fibre attenuation α (default 0.21 dB/km)")
  Double fibreLossDbPerKm;

  @Option(names = "--link-loss-db", description = "extra fixed loss, e.g. a free-space link (dB)")
  Double linkLossDb;

  @Option(names = "--detector-efficiency", description = "η_Bob (default 0.045)")
  Double detectorEfficiency;

  @Option(names = "--dark-count-prob", description = "Y0 per gate (default 1.7e-6)")
  Double darkCountProbability;

  @Option(names = "--afterpulse-prob", description = "afterpulse probability (default 0)")
  Double afterpulseProbability;

  @Option(names = "--misalignment", description = "e_det (default 0.033)")
  Double misalignment;

  @Option(names = "--visibility", description = "e91 source visibility V: e_d = (1 - V)/2")
  Double visibility;

  @Option(names = "--repetition-rate-hz", description = "pulses per second (default 1e9)")
  Double repetitionRateHz;

  /** Refuses an unknown preset and flags that belong to another protocol. */
  void check(Protocol protocol) {
    if (preset != null && !preset.equalsIgnoreCase("gys")) {
      throw new IllegalArgumentException("unknown --preset '" + preset + "' (expected gys)");
    }
    Flags.onlyFor(protocol, Protocol.E91, "--visibility", visibility);
    if (visibility != null && misalignment != null) {
      throw new IllegalArgumentException("give either --visibility or --misalignment, not both");
    }
  }

  double fibreLossDbPerKm() {
    return Flags.nonNegative("--fiber-loss-db-km", fibreLossDbPerKm, GYS.fibreLossDbPerKm());
  }

  double linkLossDb() {
    return Flags.nonNegative("--link-loss-db", linkLossDb, 0);
  }

  double repetitionRateHz() {
    return Flags.positive("--repetition-rate-hz", repetitionRateHz, 1e9);
  }

  ThresholdDetector detector() {
    ThresholdDetector gys = GYS.receiver().detector();
    ThresholdDetector detector =
        new ThresholdDetector(
            Flags.probability("--detector-efficiency", detectorEfficiency, gys.efficiency()),
            Flags.probability(
                "--dark-count-prob", darkCountProbability, gys.darkCountProbability()),
            Flags.probability("--afterpulse-prob", afterpulseProbability, 0));
    if (detector.efficiency() == 0) {
      throw new IllegalArgumentException("--detector-efficiency must be > 0");
    }
    if (detector.afterpulseProbability() >= 1) {
      throw new IllegalArgumentException("--afterpulse-prob must be below 1");
    }
    return detector;
  }

  /** e_det: from --misalignment, or from an entangled source's --visibility as (1 − V)/2. */
  double misalignment() {
    return visibility != null
        ? (1 - Flags.probability("--visibility", visibility, 1)) / 2
        : Flags.probability("--misalignment", misalignment, GYS.receiver().misalignment());
  }

  Receiver receiver() {
    return new Receiver(detector(), misalignment());
  }
}
