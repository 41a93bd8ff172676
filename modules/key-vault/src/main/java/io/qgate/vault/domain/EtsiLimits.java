package io.qgate.vault.domain;

/**
 * What this KME announces in its ETSI GS QKD 014 Status object and enforces on every request. Keys
 * are cut from a link's pool in blocks of {@link #BLOCK_BITS}; a key of up to {@link #MAX_KEY_SIZE}
 * bits takes as many blocks as it needs, so no bit serves two keys.
 */
public final class EtsiLimits {

  public static final int BLOCK_BITS = 256;
  public static final int DEFAULT_KEY_SIZE = 256;
  public static final int MIN_KEY_SIZE = 64;
  public static final int MAX_KEY_SIZE = 1024;
  public static final int MAX_KEY_PER_REQUEST = 128;

  /** Additional slave SAEs a key may be shared with, besides the slave of the path. */
  public static final int MAX_SAE_ID_COUNT = 8;

  private EtsiLimits() {}

  /** Pool blocks one key of {@code sizeBits} consumes. */
  public static int blocksFor(int sizeBits) {
    return (sizeBits + BLOCK_BITS - 1) / BLOCK_BITS;
  }
}
