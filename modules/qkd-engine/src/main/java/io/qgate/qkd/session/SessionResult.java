package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a Monte-Carlo session. An aborted session emits nothing: no final keys and a final
 * key length of 0, with the reason in {@link #abort}.
 *
 * @param pulsesSent pulses Alice sent (fewer than requested after an abort)
 * @param detected Bob's detections
 * @param siftedBits detections kept by sifting (key and test)
 * @param sampleBits bits disclosed for parameter estimation
 * @param qber the protocol's QBER estimate (the sample; for decoys the signal's test basis)
 * @param qberBits the bits that estimate rests on
 * @param qberUpperBound the pooled estimate's Serfling upper bound
 * @param siftedQber ground truth: the error rate of all key-routed sifted bits
 * @param ecKeyBits raw key bits reconciled
 * @param ecEfficiency f = disclosed / Σ n·h(e) over the reconciled blocks
 * @param verificationPassed null if no block got that far
 * @param finalKeyBits secret key emitted, identical on both sides
 * @param authenticationKeyBits pre-shared key consumed by Wegman–Carter tags
 * @param eveKnownKeyBits ground truth: raw key bits whose value Eve knows
 * @param details protocol-specific and analytic reference figures
 * @param maxSiftedKeyBits the largest block held in memory, in sifted key bits
 */
public record SessionResult(
    SessionConfig config,
    long pulsesSent,
    long detected,
    long siftedBits,
    long sampleBits,
    double qber,
    long qberBits,
    double qberUpperBound,
    double qberThreshold,
    double siftedQber,
    long ecKeyBits,
    long ecDisclosedBits,
    double ecEfficiency,
    Boolean verificationPassed,
    long finalKeyBits,
    long authenticationKeyBits,
    boolean keysIdentical,
    int blocks,
    int blocksWithKey,
    Abort abort,
    long eveKnownKeyBits,
    Map<String, Double> details,
    List<BitArray> aliceKeys,
    List<BitArray> bobKeys,
    long elapsedNanos,
    int maxSiftedKeyBits) {

  public boolean aborted() {
    return abort != null;
  }

  /** Final key minus the authentication key it paid for (negative: the session ran at a loss). */
  public long netKeyBits() {
    return finalKeyBits - authenticationKeyBits;
  }

  /** Q = detections / pulses. */
  public double gain() {
    return pulsesSent == 0 ? 0 : (double) detected / pulsesSent;
  }

  /** The time the pulses take at the source's repetition rate. */
  public double simulatedSeconds() {
    return pulsesSent / config.repetitionRateHz();
  }

  public double elapsedSeconds() {
    return elapsedNanos / 1e9;
  }

  /** Pulses simulated per second of wall time. */
  public double pulsesPerSecond() {
    return pulsesSent / Math.max(elapsedSeconds(), 1e-9);
  }

  public double finalKeyBitsPerSimulatedSecond() {
    return finalKeyBits / simulatedSeconds();
  }

  public double finalKeyBitsPerWallSecond() {
    return finalKeyBits / Math.max(elapsedSeconds(), 1e-9);
  }
}
