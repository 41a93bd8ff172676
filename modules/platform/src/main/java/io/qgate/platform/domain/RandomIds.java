package io.qgate.platform.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs from a {@link SecureRandom} per thread: random (version 4), or time-ordered (version 7) for
 * the primary keys of tables that grow by millions of rows. {@link UUID#randomUUID()} shares one
 * synchronized generator across the JVM, which request threads queued on under load.
 */
public final class RandomIds {

  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);

  private RandomIds() {}

  /**
   * A new random UUID as RFC 9562 section 5.4 lays it out: 122 random bits, version 4, variant 2.
   */
  public static UUID uuid() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (bytes[i] & 0xff);
      least = (least << 8) | (bytes[8 + i] & 0xff);
    }
    most = (most & ~0xF000L) | 0x4000L; // version 4
    least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // variant 10
    return new UUID(most, least);
  }

  /**
   * A new time-ordered UUID as RFC 9562 section 5.7 lays it out: the Unix time in milliseconds (48
   * bits), version 7, 74 random bits, variant 2. Ids made close in time sort close together, so a
   * B-tree index over them grows at its right edge: inserts and lookups of recent rows touch a few
   * cached pages instead of one random page each (and the first write to a page after a checkpoint
   * is a full page image in the WAL). It tells whoever sees it when it was made, to the
   * millisecond.
   */
  public static UUID timeOrderedUuid() {
    SecureRandom random = RANDOM.get();
    long most = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // variant 10
    return new UUID(most, least);
  }
}
