package io.qgate.telemetry.envelope;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (NIST SP 800-38D) on the JDK's {@code AES/GCM/NoPadding}, 96-bit nonce, 128-bit tag.
 *
 * <p>A {@link Context} holds one {@link SecretKeySpec} and one {@link Cipher} for its key. SunJCE's
 * AES re-expands its key schedule on {@code init} only when the key bytes differ from those of the
 * previous {@code init} of that {@code Cipher}, so a {@code Cipher} that only ever sees one key
 * skips the expansion (the cost that dominated a 100-byte record); {@code init} still derives the
 * GHASH subkey (one AES block) per call. {@code Cipher.getInstance} happens once per context.
 *
 * <p>Zeroisation: the JDK copies the key into the {@link SecretKeySpec}, the {@code Cipher}'s last
 * key and its key schedule, none of which this class can zeroise (JCA offers no way to; {@code
 * SecretKeySpec.destroy()} is not implemented on JDK 17). {@link Context#destroy()} drops the
 * references, so they become garbage; the device key itself is zeroised by its owner.
 *
 * <p>The JDK's {@link Cipher} refuses to encrypt twice in a row with the same key and nonce. That
 * check sees only consecutive calls on one object, so it is no guarantee; the guarantee is {@link
 * DeviceSequences}. It does refuse legitimate repeats, though: known-answer tests and the worked
 * example of the documentation encrypt fixed (key, nonce) pairs again. On that refusal a context
 * takes a fresh {@link Cipher} for the call, as before the contexts were cached.
 */
final class AesGcm implements Aead {

  private static final int TAG_BITS = 128;

  @Override
  public Context newContext(byte[] key) {
    return new Keyed(new SecretKeySpec(key, "AES"));
  }

  /** One key's {@link SecretKeySpec} and {@link Cipher}. */
  private static final class Keyed implements Context {

    private SecretKeySpec key;
    private Cipher cipher;

    Keyed(SecretKeySpec key) {
      this.key = key;
      this.cipher = newCipher();
    }

    @Override
    public void seal(
        byte[] nonce, byte[] aad, byte[] in, int offset, int length, byte[] out, int outOffset) {
      Cipher c = usable();
      GCMParameterSpec parameters = new GCMParameterSpec(TAG_BITS, nonce);
      try {
        try {
          c.init(Cipher.ENCRYPT_MODE, key, parameters);
        } catch (InvalidAlgorithmParameterException repeated) {
          c = newCipher();
          cipher = c;
          c.init(Cipher.ENCRYPT_MODE, key, parameters);
        }
        c.updateAAD(aad);
        c.doFinal(in, offset, length, out, outOffset);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "AES-GCM encryption failed: " + e.getClass().getSimpleName());
      }
    }

    @Override
    public byte[] open(byte[] nonce, byte[] aad, byte[] in, int offset, int length) {
      Cipher c = usable();
      try {
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(aad);
        return c.doFinal(in, offset, length);
      } catch (AEADBadTagException e) {
        return null;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "AES-GCM decryption failed: " + e.getClass().getSimpleName());
      }
    }

    @Override
    public void destroy() {
      key = null;
      cipher = null;
    }

    @Override
    public boolean isDestroyed() {
      return key == null;
    }

    private Cipher usable() {
      Cipher c = cipher;
      if (c == null) {
        throw new IllegalStateException("AES-GCM context was destroyed");
      }
      return c;
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no AES/GCM/NoPadding", e);
    }
  }
}
