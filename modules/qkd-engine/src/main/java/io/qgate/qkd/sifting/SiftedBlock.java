package io.qgate.qkd.sifting;

import java.util.Arrays;

/**
 * One post-processing block: the sifted key bits (exactly the target, except for a session's last
 * block), the test bits that came with them, and how many pulses and detections produced them.
 */
public final class SiftedBlock {

  private final SiftedBits key = new SiftedBits();
  private final SiftedBits test = new SiftedBits();
  private final int keyTarget;
  private long pulses;
  private long detections;
  private final long[] detectionsByLabel = new long[4];

  public SiftedBlock(int keyTarget) {
    if (keyTarget < 1) {
      throw new IllegalArgumentException("block must hold >= 1 key bit, was " + keyTarget);
    }
    this.keyTarget = keyTarget;
  }

  public SiftedBits key() {
    return key;
  }

  public SiftedBits test() {
    return test;
  }

  public int keyTarget() {
    return keyTarget;
  }

  public boolean full() {
    return key.size() >= keyTarget;
  }

  /** Pulses Alice sent for this block. */
  public long pulses() {
    return pulses;
  }

  /** Bob's detections in this block, sifted away or not. */
  public long detections() {
    return detections;
  }

  /** Bob's detections of pulses with Alice's public label (intensity class) 0..3. */
  public long detections(int label) {
    return detectionsByLabel[label];
  }

  void countDetection(int label) {
    detections++;
    detectionsByLabel[label]++;
  }

  public void addPulses(long count) {
    pulses += count;
  }

  public void clear() {
    key.clear();
    test.clear();
    pulses = 0;
    detections = 0;
    Arrays.fill(detectionsByLabel, 0);
  }
}
