package io.qgate.vault.domain;

/** How much wrapped material is under one KEK: pool blocks and reserved keys. */
public record WrappedCounts(long poolBlocks, long keys) {

  public static final WrappedCounts NONE = new WrappedCounts(0, 0);

  public WrappedCounts plus(WrappedCounts other) {
    return new WrappedCounts(poolBlocks + other.poolBlocks, keys + other.keys);
  }

  public boolean isEmpty() {
    return poolBlocks == 0 && keys == 0;
  }
}
