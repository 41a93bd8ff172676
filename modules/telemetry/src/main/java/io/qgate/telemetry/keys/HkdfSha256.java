package io.qgate.telemetry.keys;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA-256 (RFC 5869), written on {@link Mac} "HmacSHA256". These static methods take
 * a fresh {@link Mac} per call; to expand many keys from one PRK keep an {@link HkdfExpander}.
 */
public final class HkdfSha256 {

  /** HashLen of SHA-256, in bytes. */
  public static final int HASH_LENGTH = 32;

  /** The longest output: L ≤ 255·HashLen (RFC 5869 §2.3). */
  public static final int MAX_OUTPUT_LENGTH = 255 * HASH_LENGTH;

  static final String HMAC_SHA_256 = "HmacSHA256";

  private HkdfSha256() {}

  /**
   * HKDF-Extract: an empty or null salt stands for HashLen zero bytes (RFC 5869 §2.2).
   *
   * @return PRK, HashLen bytes the caller must zeroise
   */
  public static byte[] extract(byte[] salt, byte[] ikm) {
    byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
    Mac mac = newMac();
    try {
      mac.init(new SecretKeySpec(key, HMAC_SHA_256));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 rejected the salt", e);
    }
    // RFC 5869 §2.2: PRK = HMAC-Hash(salt, IKM)
    return mac.doFinal(ikm);
  }

  /** HKDF-Expand (RFC 5869 §2.3) of {@code length} bytes the caller must zeroise. */
  public static byte[] expand(byte[] prk, byte[] info, int length) {
    byte[] okm = new byte[length];
    HkdfExpander expander = new HkdfExpander(prk);
    try {
      expander.expand(info, info.length, okm, length);
    } finally {
      expander.destroy();
    }
    return okm;
  }

  /** Extract then expand (RFC 5869 §2.1). */
  public static byte[] derive(byte[] salt, byte[] ikm, byte[] info, int length) {
    byte[] prk = extract(salt, ikm);
    try {
      return expand(prk, info, length);
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }

  static Mac newMac() {
    try {
      return Mac.getInstance(HMAC_SHA_256);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no HmacSHA256", e);
    }
  }
}
