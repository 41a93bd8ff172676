package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The one-step KDF of NIST SP 800-56C Rev. 2 §4 with auxiliary function option 2, HMAC-SHA-256. */
final class OneStepKdf {

  private static final String HMAC_SHA_256 = "HmacSHA256";
  private static final int HASH_LENGTH = 32;
  // SP 800-56C Rev. 2 §4, option 2: default salt = all-zero string of the hash's block length
  private static final byte[] DEFAULT_SALT = new byte[64];

  private OneStepKdf() {}

  /** {@code length} bytes from the shared secret {@code z} (erased here) and FixedInfo. */
  static KeyMaterial derive(byte[] z, byte[] fixedInfo, int length) {
    byte[] block = new byte[HASH_LENGTH];
    byte[] key = new byte[length];
    try {
      Mac mac = Mac.getInstance(HMAC_SHA_256);
      mac.init(new SecretKeySpec(DEFAULT_SALT, HMAC_SHA_256));
      for (int i = 1, done = 0; done < length; i++, done += HASH_LENGTH) {
        // SP 800-56C Rev. 2 §4: K(i) = H(counter ‖ Z ‖ FixedInfo), H = HMAC(salt, ·)
        mac.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
        mac.update(z);
        mac.update(fixedInfo);
        mac.doFinal(block, 0);
        System.arraycopy(block, 0, key, done, Math.min(HASH_LENGTH, length - done));
      }
      return KeyMaterial.wrap(key);
    } catch (GeneralSecurityException e) {
      Arrays.fill(key, (byte) 0);
      throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
    } finally {
      Arrays.fill(z, (byte) 0);
      Arrays.fill(block, (byte) 0);
    }
  }
}
