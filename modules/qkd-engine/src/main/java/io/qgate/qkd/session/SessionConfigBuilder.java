package io.qgate.qkd.session;

import io.qgate.qkd.eve.Eavesdropper;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.reconciliation.CascadeVariant;

/**
 * A {@link SessionConfig} with defaults: the GYS system (Ma et al. 2005); for decoys μ = 0.4, ν =
 * 0.15, vacuum, picked with probabilities 0.5/0.3/0.2 and key basis X with p_X = 0.7; μ = 0.1 for
 * bb84 and 0.05 pairs per pulse for e91 (the command line optimises them per link and block size:
 * DecoyFiniteKeyOptimiser, Bb84FiniteKeyOptimiser); blocks of 10^6 bits, a 10% sample, Cascade
 * "yan" (f ≈ 1.07), ε_sec = 1e-10, ε_cor = 1e-15, 1 GHz.
 */
public final class SessionConfigBuilder {

  /** Sifted key bits per post-processing block unless set. */
  public static final int DEFAULT_BLOCK_BITS = 1_000_000;

  private final Protocol protocol;
  private final double distanceKm;
  private final long pulses;
  private DvSystem system = DvSystem.GYS;
  private double linkLossDb;
  private double mu;
  private double nu = 0.15;
  private double[] probabilities = {0.5, 0.3, 0.2};
  private double keyBasisProbability = 0.7;
  private int blockBits = DEFAULT_BLOCK_BITS;
  private long seed = 1;
  private Eavesdropper eve = Eavesdropper.NONE;
  private CascadeVariant cascade = CascadeVariant.YAN;
  private SecurityParameters security = new SecurityParameters(1e-10, 1e-15);
  private double sampleFraction = 0.1;
  private double repetitionRateHz = 1e9;
  private boolean keepKeys = true;

  SessionConfigBuilder(Protocol protocol, double distanceKm, long pulses) {
    this.protocol = protocol;
    this.distanceKm = distanceKm;
    this.pulses = pulses;
    this.mu =
        switch (protocol) {
          case BB84_DECOY -> 0.4;
          case E91 -> 0.05;
          default -> 0.1;
        };
  }

  public SessionConfigBuilder system(DvSystem value) {
    system = value;
    return this;
  }

  public SessionConfigBuilder linkLossDb(double value) {
    linkLossDb = value;
    return this;
  }

  public SessionConfigBuilder mu(double value) {
    mu = value;
    return this;
  }

  public SessionConfigBuilder nu(double value) {
    nu = value;
    return this;
  }

  /** Signal, decoy and vacuum probabilities (bb84-decoy). */
  public SessionConfigBuilder intensityProbabilities(double... values) {
    probabilities = values.clone();
    return this;
  }

  public SessionConfigBuilder keyBasisProbability(double value) {
    keyBasisProbability = value;
    return this;
  }

  public SessionConfigBuilder blockBits(int value) {
    blockBits = value;
    return this;
  }

  public SessionConfigBuilder seed(long value) {
    seed = value;
    return this;
  }

  public SessionConfigBuilder eve(Eavesdropper value) {
    eve = value;
    return this;
  }

  public SessionConfigBuilder cascade(CascadeVariant value) {
    cascade = value;
    return this;
  }

  public SessionConfigBuilder security(SecurityParameters value) {
    security = value;
    return this;
  }

  public SessionConfigBuilder sampleFraction(double value) {
    sampleFraction = value;
    return this;
  }

  public SessionConfigBuilder repetitionRateHz(double value) {
    repetitionRateHz = value;
    return this;
  }

  public SessionConfigBuilder keepKeys(boolean value) {
    keepKeys = value;
    return this;
  }

  public SessionConfig build() {
    boolean decoy = protocol == Protocol.BB84_DECOY;
    return new SessionConfig(
        protocol,
        system,
        distanceKm,
        linkLossDb,
        decoy ? new double[] {mu, nu, 0} : new double[] {mu},
        decoy ? probabilities : new double[] {1},
        protocol == Protocol.BB84_DECOY ? keyBasisProbability : 0.5,
        pulses,
        blockBits,
        seed,
        eve,
        cascade,
        security,
        sampleFraction,
        repetitionRateHz,
        keepKeys);
  }
}
