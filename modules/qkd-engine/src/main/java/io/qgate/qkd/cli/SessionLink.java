package io.qgate.qkd.cli;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.finitekey.FibreLinkModel;
import io.qgate.qkd.optimisation.Bb84FiniteKeyOptimiser;
import io.qgate.qkd.optimisation.DecoyFiniteKeyOptimiser;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.GllpSarg04;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionConfigBuilder;

/**
 * The link and source flags of {@code sim session}, named and checked as in {@code sim keyrate}:
 * the GYS system by default, each value overridable; μ optimised for the asymptotic rate of e91
 * (Acín et al.) when not given; the bb84 μ and sample fraction and the bb84-decoy source the user
 * did not pin maximise the expected finite key per pulse of the block size.
 */
final class SessionLink {

  private SessionLink() {}

  static DvSystem system(SessionCommand c, Protocol protocol) {
    c.link.check(protocol);
    return new DvSystem(c.link.fibreLossDbPerKm(), c.link.receiver(), DvSystem.GYS.ecEfficiency());
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
    double linkLoss = c.link.linkLossDb();
    b.linkLossDb(linkLoss);
    b.security(SessionSetup.security(c)).cascade(SessionSetup.cascade(c));
    b.repetitionRateHz(c.link.repetitionRateHz());
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
    int blockBits = c.blockBits == null ? SessionConfigBuilder.DEFAULT_BLOCK_BITS : c.blockBits;
    FibreLinkModel link = FibreLinkModel.of(system, eta);
    if (protocol == Protocol.BB84_DECOY) {
      decoy(c, b, link, system.ecEfficiency(), blockBits);
    } else if (protocol == Protocol.BB84 && (c.mu == null || c.sampleFraction == null)) {
      double mu = c.mu != null ? c.mu : optimalMu(protocol, system, eta);
      double fraction =
          c.sampleFraction != null
              ? c.sampleFraction
              : Bb84FiniteKeyOptimiser.DEFAULT_SAMPLE_FRACTION;
      Bb84FiniteKeyOptimiser.Optimum best =
          Bb84FiniteKeyOptimiser.optimise(
              link,
              system.ecEfficiency(),
              blockBits,
              SessionSetup.security(c),
              mu,
              fraction,
              new boolean[] {c.mu != null, c.sampleFraction != null});
      b.mu(best.mu()).sampleFraction(best.sampleFraction());
    }
  }

  private static void decoy(
      SessionCommand c,
      SessionConfigBuilder b,
      FibreLinkModel link,
      double ecEfficiency,
      int blockBits) {
    DecoyFiniteKeyOptimiser.Parameters d = DecoyFiniteKeyOptimiser.DEFAULTS;
    double mu = c.mu == null ? d.mu1() : c.mu;
    double nu = c.nu == null ? Math.min(d.mu2(), mu / 2) : Flags.positive("--nu", c.nu, 0);
    if (c.nu != null && !(nu < mu)) {
      throw new IllegalArgumentException("--nu must be below --mu (" + mu + "), was " + nu);
    }
    double[] p = {d.p1(), d.p2(), 1 - d.p1() - d.p2()};
    if (c.intensityProbabilities != null) {
      p = c.intensityProbabilities;
      double sum = p.length == 3 ? p[0] + p[1] + p[2] : 0;
      if (p.length != 3 || !(p[0] > 0 && p[1] > 0 && p[2] > 0) || Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(
            "--intensity-probabilities needs three values > 0 summing to 1 (signal,decoy,vacuum)");
      }
    }
    double qx = d.keyBasisProbability();
    if (c.keyBasisProbability != null) {
      qx = c.keyBasisProbability;
      if (!(qx > 0 && qx < 1)) {
        throw new IllegalArgumentException("--key-basis-prob must lie in (0, 1), was " + qx);
      }
    }
    boolean pinnedP = c.intensityProbabilities != null;
    boolean[] fixed = {c.mu != null, c.nu != null, pinnedP, pinnedP, c.keyBasisProbability != null};
    DecoyFiniteKeyOptimiser.Parameters start =
        new DecoyFiniteKeyOptimiser.Parameters(mu, nu, p[0], p[1], qx);
    if (!(fixed[0] && fixed[1] && fixed[2] && fixed[4])) {
      start =
          DecoyFiniteKeyOptimiser.optimise(
                  link, ecEfficiency, blockBits, SessionSetup.security(c), 0, start, fixed)
              .parameters();
    }
    b.mu(start.mu1()).nu(start.mu2()).keyBasisProbability(start.keyBasisProbability());
    b.intensityProbabilities(
        pinnedP ? p : new double[] {start.p1(), start.p2(), 1 - start.p1() - start.p2()});
  }

  private static double optimalMu(Protocol protocol, DvSystem system, double eta) {
    KeyRateModel model =
        protocol == Protocol.E91
            ? new EntangledE91(
                system.receiver().detector(),
                system.receiver().misalignment(),
                system.ecEfficiency())
            : protocol == Protocol.SARG04 ? new GllpSarg04(system) : new GllpBb84(system);
    return KeyRateOptimiser.optimise(model, eta).settings()[0];
  }
}
