package io.qgate.telemetry.keys;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Destroyable;

/**
 * HKDF-Expand (RFC 5869 §2.3) from one PRK, on one {@link Mac} keyed once: expanding costs only the
 * HMAC computations. Not thread-safe: keep one per thread.
 *
 * <p>{@link #destroy()} re-keys the {@link Mac} with zeros, which overwrites the HMAC pads derived
 * from the PRK; the JDK's {@link SecretKeySpec} keeps its own copy of the PRK until it is garbage
 * collected, which this class cannot zeroise.
 */
public final class HkdfExpander implements Destroyable {

  private final Mac mac;
  private final byte[] block = new byte[HkdfSha256.HASH_LENGTH];
  private boolean destroyed;

  /** Keys the {@link Mac} with {@code prk}, which the caller still owns (and zeroises). */
  public HkdfExpander(byte[] prk) {
    if (prk.length < HkdfSha256.HASH_LENGTH) {
      // RFC 5869 §2.3: PRK is at least HashLen octets
      throw new IllegalArgumentException("PRK of " + prk.length + " bytes, at least 32 needed");
    }
    this.mac = HkdfSha256.newMac();
    init(prk);
  }

  /**
   * Writes OKM, the first {@code length} bytes of T(1) ‖ T(2) ‖ …, into {@code okm} from index 0.
   *
   * @param info the first {@code infoLength} bytes are the info
   */
  public void expand(byte[] info, int infoLength, byte[] okm, int length) {
    if (destroyed) {
      throw new IllegalStateException("expander was destroyed");
    }
    if (length < 1 || length > HkdfSha256.MAX_OUTPUT_LENGTH || length > okm.length) {
      throw new IllegalArgumentException("output length " + length + " out of range");
    }
    try {
      int done = 0;
      for (int i = 1; done < length; i++) {
        // RFC 5869 §2.3: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), T(0) empty
        if (i > 1) {
          mac.update(block);
        }
        mac.update(info, 0, infoLength);
        mac.update((byte) i);
        int n = Math.min(HkdfSha256.HASH_LENGTH, length - done);
        if (n == HkdfSha256.HASH_LENGTH) {
          mac.doFinal(okm, done);
          if (done + n < length) {
            System.arraycopy(okm, done, block, 0, n);
          }
        } else {
          mac.doFinal(block, 0);
          System.arraycopy(block, 0, okm, done, n);
        }
        done += n;
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 failed", e);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  @Override
  public void destroy() {
    if (!destroyed) {
      init(new byte[HkdfSha256.HASH_LENGTH]);
      destroyed = true;
    }
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  private void init(byte[] key) {
    try {
      mac.init(new SecretKeySpec(key, HkdfSha256.HMAC_SHA_256));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 rejected the key", e);
    }
  }
}
