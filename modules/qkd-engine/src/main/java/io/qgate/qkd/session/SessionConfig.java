package io.qgate.qkd.session;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.eve.Eavesdropper;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.reconciliation.CascadeVariant;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Everything a Monte-Carlo session needs: the protocol, the link, Alice's source, the size of the
 * run and of its blocks, the eavesdropper and the post-processing choices. Build it with {@link
 * #builder}; every value is checked here.
 *
 * @param intensities μ (bb84, sarg04), μ, ν, 0 (bb84-decoy) or the mean pair number per pulse (e91)
 * @param intensityProbabilities how often Alice picks each intensity
 * @param keyBasisProbability p_X of each side (bb84-decoy), Alice's probability of A0 (e91)
 * @param blockBits sifted key bits per post-processing block
 * @param sampleFraction share of the sifted bits disclosed for estimation (bb84, sarg04, e91)
 * @param keepKeys keep the final keys in the result; off, they are counted and dropped
 */
public record SessionConfig(
    Protocol protocol,
    DvSystem system,
    double distanceKm,
    double linkLossDb,
    double[] intensities,
    double[] intensityProbabilities,
    double keyBasisProbability,
    long pulses,
    int blockBits,
    long seed,
    Eavesdropper eve,
    CascadeVariant cascade,
    SecurityParameters security,
    double sampleFraction,
    double repetitionRateHz,
    boolean keepKeys) {

  /** The protocols with a Monte-Carlo session. */
  public static final EnumSet<Protocol> PROTOCOLS =
      EnumSet.of(Protocol.BB84, Protocol.BB84_DECOY, Protocol.SARG04, Protocol.E91);

  /** Cascade's frame limit: larger frames need gigabytes for the pass permutations. */
  public static final int MAX_BLOCK_BITS = 10_000_000;

  public SessionConfig {
    if (!PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException(
          "no Monte-Carlo session for protocol "
              + protocol.cliName()
              + " (bb84, bb84-decoy, sarg04, e91)");
    }
    if (!(distanceKm >= 0) || Double.isInfinite(distanceKm)) {
      throw new IllegalArgumentException("distance must be a finite number of km >= 0");
    }
    Decibels.toTransmittance(linkLossDb); // validates
    intensities = intensities.clone();
    intensityProbabilities = intensityProbabilities.clone();
    new IntensityClasses(intensities, intensityProbabilities); // validates
    if (protocol == Protocol.BB84_DECOY
        && !(intensities.length == 3 && intensities[0] > intensities[1] + intensities[2])) {
      throw new IllegalArgumentException("decoy intensities must satisfy mu > nu > 0 = vacuum");
    }
    if (!(keyBasisProbability > 0 && keyBasisProbability < 1)) {
      throw new IllegalArgumentException("key basis probability must lie in (0, 1)");
    }
    if (pulses < 1) {
      throw new IllegalArgumentException("pulses must be >= 1, was " + pulses);
    }
    if (blockBits < BlockProcessor.MIN_KEY_BITS || blockBits > MAX_BLOCK_BITS) {
      throw new IllegalArgumentException(
          "block bits must lie in ["
              + BlockProcessor.MIN_KEY_BITS
              + ", "
              + MAX_BLOCK_BITS
              + "], was "
              + blockBits);
    }
    if (!(sampleFraction > 0 && sampleFraction < 1)) {
      throw new IllegalArgumentException("sample fraction must lie in (0, 1)");
    }
    if (!(repetitionRateHz > 0) || Double.isInfinite(repetitionRateHz)) {
      throw new IllegalArgumentException("repetition rate must be > 0");
    }
    if (system == null || eve == null || cascade == null || security == null) {
      throw new IllegalArgumentException("system, eavesdropper, Cascade and security are needed");
    }
  }

  public static SessionConfigBuilder builder(Protocol protocol, double distanceKm, long pulses) {
    return new SessionConfigBuilder(protocol, distanceKm, pulses);
  }

  /** η_ch = 10^(−(αL + loss)/10). */
  public double channelTransmittance() {
    return new FibreChannel(system.fibreLossDbPerKm(), distanceKm).transmittance()
        * Decibels.toTransmittance(linkLossDb);
  }

  public double signalIntensity() {
    return intensities[0];
  }

  IntensityClasses classes() {
    return new IntensityClasses(intensities, intensityProbabilities);
  }

  @Override
  public String toString() {
    return protocol.cliName()
        + " at "
        + distanceKm
        + " km, intensities "
        + Arrays.toString(intensities)
        + ", "
        + pulses
        + " pulses, eve "
        + eve.name();
  }
}
