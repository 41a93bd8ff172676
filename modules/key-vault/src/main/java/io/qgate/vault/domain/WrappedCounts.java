package io.qgate.vault.domain;

/**
 * How much wrapped material is under one KEK: pool blocks, reserved keys and telemetry master keys
 * (the core's copy of each gateway master key).
 */
public record WrappedCounts(long poolBlocks, long keys, long masterKeys) {

  public static final WrappedCounts NONE = new WrappedCounts(0, 0, 0);

  /** Pool blocks and reserved keys only. */
  public WrappedCounts(long poolBlocks, long keys) {
    this(poolBlocks, keys, 0);
  }

  public WrappedCounts plus(WrappedCounts other) {
    return new WrappedCounts(
        poolBlocks + other.poolBlocks, keys + other.keys, masterKeys + other.masterKeys);
  }

  public boolean isEmpty() {
    return poolBlocks == 0 && keys == 0 && masterKeys == 0;
  }
}
