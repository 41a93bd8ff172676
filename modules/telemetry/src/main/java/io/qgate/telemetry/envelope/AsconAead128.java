package io.qgate.telemetry.envelope;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AsconAEAD128;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Ascon-AEAD128 (NIST SP 800-232): 128-bit key, 128-bit nonce, 128-bit tag, on BouncyCastle's
 * lightweight {@link AsconAEAD128} engine, the cipher constrained devices can afford. A fresh
 * engine per call: it is a few hundred bytes of state, cheaper than a thread-local lookup is worth,
 * and nothing keyed outlives the call.
 */
final class AsconAead128 implements Aead {

  private static final int TAG_BITS = 128;

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
    AsconAEAD128 engine = new AsconAEAD128();
    engine.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
    int written = engine.processBytes(in, offset, length, out, outOffset);
    try {
      engine.doFinal(out, outOffset + written);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("Ascon-AEAD128 encryption failed");
    }
  }

  @Override
  public byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] in, int offset, int length) {
    AsconAEAD128 engine = new AsconAEAD128();
    engine.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
    byte[] plain = new byte[engine.getOutputSize(length)];
    int written = engine.processBytes(in, offset, length, plain, 0);
    try {
      engine.doFinal(plain, written);
      return plain;
    } catch (InvalidCipherTextException e) {
      java.util.Arrays.fill(plain, (byte) 0);
      return null;
    }
  }
}
