package io.qgate.telemetry.envelope;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (NIST SP 800-38D) on the JDK's {@code AES/GCM/NoPadding}, 96-bit nonce, 128-bit tag.
 * One {@link Cipher} per thread: {@code Cipher.getInstance} costs more than sealing a small record.
 *
 * <p>The JDK copies the key into its {@link SecretKeySpec} and key schedule, which this class
 * cannot zeroise; they become garbage after the call.
 *
 * <p>The JDK's {@link Cipher} refuses to encrypt twice in a row with the same key and nonce. That
 * check sees only consecutive calls on one object, so it is no guarantee; the guarantee is {@link
 * DeviceSequences}. It does refuse legitimate repeats, though: known-answer tests and the worked
 * example of the documentation encrypt fixed (key, nonce) pairs again. On that refusal this class
 * takes a fresh {@link Cipher} for the call.
 */
final class AesGcm implements Aead {

  private static final int TAG_BITS = 128;

  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AesGcm::newCipher);

  @Override
  public void seal(
      byte[] key,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int offset,
      int length,
      byte[] out,
      int outOffset) {
    Cipher cipher = ciphers.get();
    SecretKeySpec spec = new SecretKeySpec(key, "AES");
    GCMParameterSpec parameters = new GCMParameterSpec(TAG_BITS, nonce);
    try {
      try {
        cipher.init(Cipher.ENCRYPT_MODE, spec, parameters);
      } catch (InvalidAlgorithmParameterException repeated) {
        cipher = newCipher();
        ciphers.set(cipher);
        cipher.init(Cipher.ENCRYPT_MODE, spec, parameters);
      }
      cipher.updateAAD(aad);
      cipher.doFinal(in, offset, length, out, outOffset);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] in, int offset, int length) {
    Cipher cipher = ciphers.get();
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      return cipher.doFinal(in, offset, length);
    } catch (AEADBadTagException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed: " + e.getClass().getSimpleName());
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
