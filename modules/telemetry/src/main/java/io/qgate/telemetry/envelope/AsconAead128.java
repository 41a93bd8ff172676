package io.qgate.telemetry.envelope;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AsconAEAD128;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Ascon-AEAD128 (NIST SP 800-232): 128-bit key, 128-bit nonce, 128-bit tag, on BouncyCastle's
 * lightweight {@link AsconAEAD128} engine, the cipher constrained devices can afford.
 *
 * <p>A {@link Context} keeps one engine and one {@link KeyParameter} (BouncyCastle's copy of the
 * key) and re-initialises the engine per record: Ascon has no key schedule, so what this saves is
 * the allocations; the initialisation permutation with key and nonce is per record by design.
 * {@link Context#destroy()} zeroises the {@link KeyParameter}'s bytes; the engine's copy of the key
 * (a few longs in BouncyCastle's state) cannot be reached and is dropped with the engine.
 */
final class AsconAead128 implements Aead {

  private static final int TAG_BITS = 128;

  @Override
  public Context newContext(byte[] key) {
    return new Keyed(new KeyParameter(key));
  }

  /** One key's engine and {@link KeyParameter}. */
  private static final class Keyed implements Context {

    private KeyParameter key;
    private AsconAEAD128 engine = new AsconAEAD128();

    Keyed(KeyParameter key) {
      this.key = key;
    }

    @Override
    public void seal(
        byte[] nonce, byte[] aad, byte[] in, int offset, int length, byte[] out, int outOffset) {
      AsconAEAD128 e = usable();
      e.init(true, new AEADParameters(key, TAG_BITS, nonce, aad));
      int written = e.processBytes(in, offset, length, out, outOffset);
      try {
        e.doFinal(out, outOffset + written);
      } catch (InvalidCipherTextException failed) {
        throw new IllegalStateException("Ascon-AEAD128 encryption failed");
      }
    }

    @Override
    public byte[] open(byte[] nonce, byte[] aad, byte[] in, int offset, int length) {
      AsconAEAD128 e = usable();
      e.init(false, new AEADParameters(key, TAG_BITS, nonce, aad));
      byte[] plain = new byte[e.getOutputSize(length)];
      int written = e.processBytes(in, offset, length, plain, 0);
      try {
        e.doFinal(plain, written);
        return plain;
      } catch (InvalidCipherTextException failed) {
        Arrays.fill(plain, (byte) 0);
        return null;
      }
    }

    @Override
    public void destroy() {
      if (key != null) {
        Arrays.fill(key.getKey(), (byte) 0);
      }
      key = null;
      engine = null;
    }

    @Override
    public boolean isDestroyed() {
      return key == null;
    }

    private AsconAEAD128 usable() {
      AsconAEAD128 e = engine;
      if (e == null) {
        throw new IllegalStateException("Ascon-AEAD128 context was destroyed");
      }
      return e;
    }
  }
}
