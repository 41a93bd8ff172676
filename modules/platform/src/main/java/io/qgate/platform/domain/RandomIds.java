package io.qgate.platform.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs from a {@link SecureRandom} per thread. {@link UUID#randomUUID()} shares
 * one synchronized generator across the JVM, which request threads queued on under load.
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
}
