package io.qgate.vault.domain;

import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Sarg04;
import java.util.Optional;

/**
 * A registered link as the QKD engine sees it: the channel's total loss, the receiver and the
 * protocol give the secret key rate the link's pool fills at (asymptotic rate at the optimal source
 * settings, KeyRateOptimiser), and the QBER its keys carry.
 *
 * @param protocol the registry's protocol name (BB84, BB84_DECOY, SARG04, E91, CV_GG02)
 */
public record LinkPhysics(
    String linkId,
    String protocol,
    double totalLossDb,
    double detectorEfficiency,
    double darkCountProbability,
    double misalignment,
    double repetitionRateHz) {

  /** Error-correction efficiency assumed for pools: Cascade as the engine measures it at 2%. */
  public static final double EC_EFFICIENCY = 1.16;

  /** Secret bits per second and QBER; empty for protocols the vault does not simulate yet. */
  public Optional<Yield> yield() {
    DvSystem system =
        new DvSystem(
            0,
            new Receiver(
                new ThresholdDetector(detectorEfficiency, darkCountProbability, 0), misalignment),
            EC_EFFICIENCY);
    KeyRateModel model =
        switch (protocol) {
          case "BB84_DECOY" -> new DecoyBb84(system);
          case "BB84" -> new GllpBb84(system);
          case "SARG04" -> new Sarg04(system);
          default -> null;
        };
    if (model == null) {
      return Optional.empty();
    }
    double transmittance = Math.pow(10, -totalLossDb / 10); // loss in dB to η
    KeyRate rate = KeyRateOptimiser.optimise(model, transmittance).keyRate();
    return Optional.of(new Yield(rate.ratePerPulse() * repetitionRateHz, rate.qber()));
  }

  /** What a link delivers: secret key bits per second, at this QBER. */
  public record Yield(double secretBitsPerSecond, double qber) {}
}
