package io.qgate.qkd.cli;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionConfigBuilder;

/**
 * The link and source flags of {@code sim session}, named and checked as in {@code sim keyrate}:
 * the GYS system by default, each value overridable; μ optimised for the asymptotic rate of bb84
 * (GLLP) and e91 (Acín et al.) when not given.
 */
final class SessionLink {

  private SessionLink() {}

  static DvSystem system(SessionCommand c, Protocol protocol) {
    if (c.preset != null && !c.preset.equalsIgnoreCase("gys")) {
      throw new IllegalArgumentException("unknown --preset '" + c.preset + "' (expected gys)");
    }
    Flags.onlyFor(protocol, Protocol.E91, "--visibility", c.visibility);
    double fibreLoss =
        Flags.nonNegative(
            "--fiber-loss-db-km", c.fibreLossDbPerKm, DvSystem.GYS.fibreLossDbPerKm());
    return new DvSystem(fibreLoss, SessionSetup.receiver(c), DvSystem.GYS.ecEfficiency());
  }

  static void checkProtocolFlags(SessionCommand c, Protocol protocol) {
    Flags.onlyFor(protocol, Protocol.BB84_DECOY, "--nu", c.nu);
    Flags.onlyFor(
        protocol, Protocol.BB84_DECOY, "--intensity-probabilities", c.intensityProbabilities);
    Flags.onlyFor(protocol, Protocol.BB84_DECOY, "--key-basis-prob", c.keyBasisProbability);
    if (protocol == Protocol.BB84_DECOY && c.sampleFraction != null) {
      throw new IllegalArgumentException(
          "--sample-fraction applies to bb84 and e91: bb84-decoy discloses its test basis");
    }
  }

  static void apply(
      SessionCommand c,
      Protocol protocol,
      SessionConfigBuilder b,
      DvSystem system,
      double distanceKm) {
    double linkLoss = Flags.nonNegative("--link-loss-db", c.linkLossDb, 0);
    b.linkLossDb(linkLoss);
    b.security(SessionSetup.security(c)).cascade(SessionSetup.cascade(c));
    b.repetitionRateHz(Flags.positive("--repetition-rate-hz", c.repetitionRateHz, 1e9));
    if (c.blockBits != null) {
      if (c.blockBits < 64 || c.blockBits > SessionConfig.MAX_BLOCK_BITS) {
        throw new IllegalArgumentException(
            "--block-bits must lie in [64, "
                + SessionConfig.MAX_BLOCK_BITS
                + "], was "
                + c.blockBits);
      }
      b.blockBits(c.blockBits);
    }
    if (c.sampleFraction != null) {
      double f = c.sampleFraction;
      if (!(f > 0 && f < 1)) {
        throw new IllegalArgumentException("--sample-fraction must lie in (0, 1), was " + f);
      }
      b.sampleFraction(f);
    }
    double eta =
        new FibreChannel(system.fibreLossDbPerKm(), distanceKm).transmittance()
            * Decibels.toTransmittance(linkLoss);
    if (c.mu != null) {
      b.mu(Flags.positive("--mu", c.mu, 0));
    } else if (protocol != Protocol.BB84_DECOY) {
      b.mu(optimalMu(protocol, system, eta));
    }
    if (protocol == Protocol.BB84_DECOY) {
      decoy(c, b);
    }
  }

  private static void decoy(SessionCommand c, SessionConfigBuilder b) {
    double mu = c.mu == null ? 0.4 : c.mu;
    if (c.nu != null) {
      double nu = Flags.positive("--nu", c.nu, 0);
      if (!(nu < mu)) {
        throw new IllegalArgumentException("--nu must be below --mu (" + mu + "), was " + nu);
      }
      b.nu(nu);
    } else if (!(0.15 < mu)) {
      throw new IllegalArgumentException("--mu must exceed the default --nu 0.15, was " + mu);
    }
    if (c.intensityProbabilities != null) {
      double[] p = c.intensityProbabilities;
      double sum = p.length == 3 ? p[0] + p[1] + p[2] : 0;
      if (p.length != 3 || !(p[0] > 0 && p[1] > 0 && p[2] > 0) || Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(
            "--intensity-probabilities needs three values > 0 summing to 1 (signal,decoy,vacuum)");
      }
      b.intensityProbabilities(p);
    }
    if (c.keyBasisProbability != null) {
      double p = c.keyBasisProbability;
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException("--key-basis-prob must lie in (0, 1), was " + p);
      }
      b.keyBasisProbability(p);
    }
  }

  private static double optimalMu(Protocol protocol, DvSystem system, double eta) {
    KeyRateModel model =
        protocol == Protocol.E91
            ? new EntangledE91(
                system.receiver().detector(),
                system.receiver().misalignment(),
                system.ecEfficiency())
            : new GllpBb84(system);
    return KeyRateOptimiser.optimise(model, eta).settings()[0];
  }
}
