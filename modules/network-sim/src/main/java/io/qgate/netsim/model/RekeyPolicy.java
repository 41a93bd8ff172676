package io.qgate.netsim.model;

/**
 * How often keys are needed and how long a device may wait for one.
 *
 * @param periodNanos each device rekeys once per period (default 60 s, the grid policy)
 * @param jitter each interval is period × (1 ± jitter), uniformly, from the seeded generator
 * @param keyBits bits of QKD key per key (a 256-bit AES key)
 * @param mode derived (master keys per gateway epoch) or direct (one QKD key per rekey)
 * @param masterEpochNanos a gateway's master key is valid for one epoch
 * @param prefetchNanos a gateway asks for the next epoch's master key this early
 * @param deadlineNanos a rekey not done within this is not served
 */
public record RekeyPolicy(
    long periodNanos,
    double jitter,
    int keyBits,
    KeyMode mode,
    long masterEpochNanos,
    long prefetchNanos,
    long deadlineNanos) {

  public RekeyPolicy {
    if (periodNanos <= 0) {
      throw new IllegalArgumentException("--rekey-period-s must be > 0");
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("--jitter must lie in [0, 1), was " + jitter);
    }
    if (keyBits <= 0) {
      throw new IllegalArgumentException("--key-bits must be > 0, was " + keyBits);
    }
    if (masterEpochNanos <= 0 || prefetchNanos < 0 || prefetchNanos >= masterEpochNanos) {
      throw new IllegalArgumentException(
          "--master-epoch-s must be > 0 and --prefetch-s in [0, master epoch)");
    }
    if (deadlineNanos <= 0) {
      throw new IllegalArgumentException("--deadline-s must be > 0");
    }
  }
}
