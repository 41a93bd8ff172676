package io.qgate.vault.domain.hybrid;

import java.util.Arrays;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/**
 * An ML-KEM-768 encapsulation key ek (FIPS 203), {@value MlKem768#ENCAPSULATION_KEY_LENGTH} bytes.
 * {@link #fromEncoded} runs the encapsulation key check of FIPS 203 §7.2.
 */
public final class MlKemPublicKey {

  private static final int Q = 3329;

  private final byte[] encoded;
  private final MLKEMPublicKeyParameters parameters;

  MlKemPublicKey(MLKEMPublicKeyParameters parameters) {
    this.encoded = parameters.getEncoded();
    this.parameters = parameters;
  }

  /**
   * Reads an encapsulation key.
   *
   * @throws IllegalArgumentException if the length is wrong or a coefficient is not reduced
   */
  public static MlKemPublicKey fromEncoded(byte[] ek) {
    if (ek.length != MlKem768.ENCAPSULATION_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "ML-KEM-768 encapsulation key of "
              + ek.length
              + " bytes, expected "
              + MlKem768.ENCAPSULATION_KEY_LENGTH);
    }
    // FIPS 203 §7.2 modulus check: ByteEncode12(ByteDecode12(ek[0:384k])) = ek[0:384k]
    for (int i = 0; i < 384 * 3; i += 3) {
      int b0 = ek[i] & 0xFF;
      int b1 = ek[i + 1] & 0xFF;
      int b2 = ek[i + 2] & 0xFF;
      if ((b0 | (b1 & 0x0F) << 8) >= Q || (b1 >>> 4 | b2 << 4) >= Q) {
        throw new IllegalArgumentException("ML-KEM-768 encapsulation key fails the modulus check");
      }
    }
    return new MlKemPublicKey(new MLKEMPublicKeyParameters(MLKEMParameters.ml_kem_768, ek));
  }

  /** The encoded key ek, a copy. */
  public byte[] encoded() {
    return encoded.clone();
  }

  int length() {
    return encoded.length;
  }

  void copyTo(byte[] target, int offset) {
    System.arraycopy(encoded, 0, target, offset, encoded.length);
  }

  MLKEMPublicKeyParameters parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MlKemPublicKey key && Arrays.equals(encoded, key.encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return "MlKemPublicKey[ML-KEM-768, " + encoded.length + " bytes]";
  }
}
