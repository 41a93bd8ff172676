package io.qgate.vault.domain.hybrid;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.SecureRandom;
import javax.security.auth.DestroyFailedException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/**
 * ML-KEM-768 (FIPS 203, parameter set k = 3) on BouncyCastle's lightweight API: key generation,
 * encapsulation, decapsulation. No JCA provider is registered. Thread-safe.
 */
public final class MlKem768 {

  /** Bytes of the encapsulation key ek (FIPS 203 Table 3). */
  public static final int ENCAPSULATION_KEY_LENGTH = 1184;

  /** Bytes of the ciphertext c (FIPS 203 Table 3). */
  public static final int CIPHERTEXT_LENGTH = 1088;

  /** Bytes of the shared secret K (FIPS 203 Table 3). */
  public static final int SHARED_SECRET_LENGTH = 32;

  /** Bytes of the key generation seed d ‖ z (FIPS 203 §7.1). */
  public static final int SEED_LENGTH = 64;

  private static final MLKEMParameters PARAMETERS = MLKEMParameters.ml_kem_768;

  private MlKem768() {}

  /** A fresh key pair (FIPS 203 Algorithm 19, ML-KEM.KeyGen). */
  public static MlKemKeyPair generateKeyPair(SecureRandom random) {
    MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
    generator.init(new MLKEMKeyGenerationParameters(random, PARAMETERS));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return pairOf((MLKEMPrivateKeyParameters) pair.getPrivate());
  }

  /**
   * The key pair of a 64-byte seed d ‖ z (FIPS 203 Algorithm 16, ML-KEM.KeyGen_internal), as
   * returned by {@link MlKemPrivateKey#seed()}.
   */
  public static MlKemKeyPair keyPairFromSeed(KeyMaterial seed) {
    if (seed.length() != SEED_LENGTH) {
      throw new IllegalArgumentException(
          "ML-KEM seed of " + seed.length() + " bytes, expected " + SEED_LENGTH);
    }
    return pairOf(new MLKEMPrivateKeyParameters(PARAMETERS, seed.bytes()));
  }

  /** Encapsulates a fresh shared secret to {@code ek} (FIPS 203 Algorithm 20, ML-KEM.Encaps). */
  public static MlKemEncapsulation encapsulate(MlKemPublicKey ek, SecureRandom random) {
    return result(new MLKEMGenerator(random).generateEncapsulated(ek.parameters()));
  }

  /**
   * Deterministic encapsulation with the 32-byte randomness m (FIPS 203 Algorithm 17,
   * ML-KEM.Encaps_internal): for known-answer tests only.
   */
  static MlKemEncapsulation encapsulate(MlKemPublicKey ek, byte[] m) {
    return result(MLKEMGenerator.internalGenerateEncapsulated(ek.parameters(), m.clone()));
  }

  /**
   * The shared secret in {@code ciphertext} (FIPS 203 Algorithm 21, ML-KEM.Decaps). A ciphertext
   * that was not made for this key does not fail: implicit rejection returns the unrelated secret
   * J(z ‖ c) (Algorithm 18), so the hybrid keys of both sides simply differ.
   *
   * @throws IllegalArgumentException if the ciphertext is not {@value #CIPHERTEXT_LENGTH} bytes
   *     (FIPS 203 §7.3 input check)
   */
  public static KeyMaterial decapsulate(MlKemPrivateKey dk, byte[] ciphertext) {
    if (ciphertext.length != CIPHERTEXT_LENGTH) {
      throw new IllegalArgumentException(
          "ML-KEM-768 ciphertext of "
              + ciphertext.length
              + " bytes, expected "
              + CIPHERTEXT_LENGTH);
    }
    return KeyMaterial.wrap(new MLKEMExtractor(dk.parameters()).extractSecret(ciphertext));
  }

  private static MlKemKeyPair pairOf(MLKEMPrivateKeyParameters dk) {
    MlKemPrivateKey privateKey = new MlKemPrivateKey(dk);
    return new MlKemKeyPair(privateKey.publicKey(), privateKey);
  }

  private static MlKemEncapsulation result(SecretWithEncapsulation encapsulated) {
    try {
      return new MlKemEncapsulation(
          encapsulated.getEncapsulation(), KeyMaterial.wrap(encapsulated.getSecret()));
    } finally {
      try {
        encapsulated.destroy();
      } catch (DestroyFailedException e) {
        throw new IllegalStateException("could not erase the ML-KEM secret", e);
      }
    }
  }
}
