package io.qgate.vault.domain.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.telemetry.keys.KeyMaterial;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MlKem768Test {

  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * ML-KEM-768 known answers: the first two records of the FIPS 203 KAT set that OpenSSH's ML-KEM
   * regress test (test_mlkem.c) and SymCrypt's verified Rust port (AeneasVerif/symcrust, test.c)
   * check: seed d ‖ z, SHA3-256 of ek and of dk, encapsulation randomness m, SHA3-256 of c, K.
   */
  @ParameterizedTest
  @CsvSource({
    "7c9935a0b07694aa0c6d10e4db6b1add2fd81a25ccb148032dcd739936737f2d"
        + "8626ed79d451140800e03b59b956f8210e556067407d13dc90fa9e8b872bfb8f,"
        + "f57262661358cde8d3ebf990e5fd1d5b896c992ccfaadb5256b68bbf5943b132,"
        + "7deef44965b03d76de543ad6ef9e74a2772fa5a9fa0e761120dac767cf0152ef,"
        + "147c03f7a5bebba406c8fae1874d7f13c80efe79a3a9a874cc09fe76f6997615,"
        + "6e777e2cf8054659136a971d9e70252f301226930c19c470ee0688163a63c15b,"
        + "e7184a0975ee3470878d2d159ec83129c8aec253d4ee17b4810311d198cd0368",
    "d60b93492a1d8c1c7ba6fc0b733137f3406cee8110a93f170e7a78658af326d9"
        + "003271531cf27285b8721ed5cb46853043b346a66cba6cf765f1b0eaa40bf672,"
        + "7b00751eb9b1253231213f8a14f06f0fe1b7a4fdb7d1cfe44c161e577e5e8f0a,"
        + "3a8c009e8e648ac572d5592e4a92907fae0c1767be41c544b59dc3ffe61f7ded,"
        + "cde797df8ce67231f6c5d15811843e01eb2ab84c7490931240822adbddd72046,"
        + "bce1bf3450f574130b9561ee11565fa41d599d05d2136f10ad2c013eb5d13ca9,"
        + "5f0c5d9f39d3e724b5a2bd54e69e360f72ffab5d4d6cc5e572fecba80acd4796"
  })
  void knownAnswers(
      String seed, String ekHash, String dkHash, String m, String ctHash, String sharedSecret) {
    MlKemKeyPair pair = MlKem768.keyPairFromSeed(KeyMaterial.wrap(HEX.parseHex(seed)));
    byte[] dk =
        pair.privateKey()
            .parameters()
            .getParametersWithFormat(MLKEMPrivateKeyParameters.EXPANDED_KEY)
            .getEncoded();

    assertThat(HEX.formatHex(sha3(pair.publicKey().encoded()))).isEqualTo(ekHash);
    assertThat(dk).hasSize(2400);
    assertThat(HEX.formatHex(sha3(dk))).isEqualTo(dkHash);

    MlKemEncapsulation encapsulation = MlKem768.encapsulate(pair.publicKey(), HEX.parseHex(m));
    assertThat(HEX.formatHex(sha3(encapsulation.ciphertext()))).isEqualTo(ctHash);
    assertThat(HEX.formatHex(encapsulation.sharedSecret().bytes())).isEqualTo(sharedSecret);
    assertThat(
            HEX.formatHex(
                MlKem768.decapsulate(pair.privateKey(), encapsulation.ciphertext()).bytes()))
        .isEqualTo(sharedSecret);
  }

  @Test
  void encapsulationAndDecapsulationAgree() {
    MlKemKeyPair pair = MlKem768.generateKeyPair(RANDOM);

    MlKemEncapsulation sent = MlKem768.encapsulate(pair.publicKey(), RANDOM);
    KeyMaterial received = MlKem768.decapsulate(pair.privateKey(), sent.ciphertext());

    assertThat(pair.publicKey().encoded()).hasSize(MlKem768.ENCAPSULATION_KEY_LENGTH);
    assertThat(sent.ciphertext()).hasSize(MlKem768.CIPHERTEXT_LENGTH);
    assertThat(received.length()).isEqualTo(MlKem768.SHARED_SECRET_LENGTH);
    assertThat(received.sameAs(sent.sharedSecret())).isTrue();
  }

  @Test
  void aWrongCiphertextGivesTheImplicitRejectionSecret() {
    byte[] seed = new byte[MlKem768.SEED_LENGTH];
    RANDOM.nextBytes(seed);
    MlKemKeyPair pair = MlKem768.keyPairFromSeed(KeyMaterial.copyOf(seed));
    MlKemEncapsulation sent = MlKem768.encapsulate(pair.publicKey(), RANDOM);
    byte[] tampered = sent.ciphertext();
    tampered[100] ^= 0x01;

    KeyMaterial received = MlKem768.decapsulate(pair.privateKey(), tampered);

    // FIPS 203 Algorithm 18: K̄ = J(z ‖ c) = SHAKE256(z ‖ c, 256), z = last 32 bytes of the seed
    byte[] z = Arrays.copyOfRange(seed, 32, 64);
    assertThat(received.sameAs(sent.sharedSecret())).isFalse();
    assertThat(received.bytes()).isEqualTo(shake256(z, tampered));
  }

  @Test
  void theSeedRebuildsTheKeyPair() {
    MlKemKeyPair pair = MlKem768.generateKeyPair(RANDOM);

    MlKemKeyPair rebuilt = MlKem768.keyPairFromSeed(pair.privateKey().seed());

    assertThat(rebuilt.publicKey()).isEqualTo(pair.publicKey());
    MlKemEncapsulation sent = MlKem768.encapsulate(pair.publicKey(), RANDOM);
    assertThat(
            MlKem768.decapsulate(rebuilt.privateKey(), sent.ciphertext())
                .sameAs(sent.sharedSecret()))
        .isTrue();
  }

  @Test
  void anEncodedPublicKeyReadsBack() {
    MlKemPublicKey key = MlKem768.generateKeyPair(RANDOM).publicKey();

    assertThat(MlKemPublicKey.fromEncoded(key.encoded())).isEqualTo(key);
  }

  @Test
  void rejectsMalformedInputs() {
    MlKemKeyPair pair = MlKem768.generateKeyPair(RANDOM);
    byte[] unreduced = pair.publicKey().encoded();
    unreduced[0] = (byte) 0xFF;
    unreduced[1] |= 0x0F; // first coefficient 4095 ≥ q = 3329

    assertThatThrownBy(() -> MlKemPublicKey.fromEncoded(unreduced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("modulus check");
    assertThatThrownBy(() -> MlKemPublicKey.fromEncoded(new byte[1183]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MlKem768.decapsulate(pair.privateKey(), new byte[1087]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MlKem768.keyPairFromSeed(KeyMaterial.wrap(new byte[32])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDestroyedPrivateKeyCannotDecapsulate() {
    MlKemKeyPair pair = MlKem768.generateKeyPair(RANDOM);
    byte[] ciphertext = MlKem768.encapsulate(pair.publicKey(), RANDOM).ciphertext();

    pair.privateKey().destroy();

    assertThat(pair.privateKey().toString()).isEqualTo("MlKemPrivateKey[destroyed]");
    assertThatThrownBy(() -> MlKem768.decapsulate(pair.privateKey(), ciphertext))
        .isInstanceOf(IllegalStateException.class);
  }

  private static byte[] sha3(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA3-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] shake256(byte[] first, byte[] second) {
    SHAKEDigest shake = new SHAKEDigest(256);
    shake.update(first, 0, first.length);
    shake.update(second, 0, second.length);
    byte[] out = new byte[32];
    shake.doFinal(out, 0, out.length);
    return out;
  }
}
