package io.qgate.vault.domain.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.telemetry.keys.KeyMaterial;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HybridKeyCombinerTest {

  private static final SplittableRandom RANDOM = new SplittableRandom(203);
  private static final MlKemPublicKey EK =
      MlKem768.keyPairFromSeed(KeyMaterial.wrap(bytes(64))).publicKey();
  private static final byte[] CIPHERTEXT = bytes(1088);
  private static final byte[] Z = bytes(32);
  private static final byte[] T = bytes(32);
  private static final HybridKeyContext CONTEXT =
      new HybridKeyContext(
          UUID.fromString("0b9d2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"), "gateway-3", "hes-1");

  @ParameterizedTest
  @ValueSource(ints = {16, 32, 33, 64})
  void isTheDocumentedOneStepKdf(int length) throws IOException {
    byte[] fixedInfo = referenceFixedInfo(T.length, length);
    byte[] expected = new byte[64];
    for (int i = 1; i <= 2; i++) {
      HMac hmac = new HMac(new SHA256Digest());
      hmac.init(new KeyParameter(new byte[64]));
      byte[] counter = {0, 0, 0, (byte) i};
      hmac.update(counter, 0, 4);
      hmac.update(Z, 0, Z.length);
      hmac.update(T, 0, T.length);
      hmac.update(fixedInfo, 0, fixedInfo.length);
      hmac.doFinal(expected, 32 * (i - 1));
    }

    assertThat(combine(Z, T, EK, CIPHERTEXT, CONTEXT, length).bytes())
        .isEqualTo(Arrays.copyOf(expected, length));
  }

  @Test
  void changesWhenTheMlKemSecretChanges() {
    byte[] otherZ = Z.clone();
    otherZ[0] ^= 1;

    assertThat(differs(combine(otherZ, T, EK, CIPHERTEXT, CONTEXT, 32))).isTrue();
  }

  @Test
  void changesWhenTheQkdKeyChanges() {
    byte[] otherT = T.clone();
    otherT[31] ^= (byte) 0x80;

    assertThat(differs(combine(Z, otherT, EK, CIPHERTEXT, CONTEXT, 32))).isTrue();
  }

  @Test
  void withAFixedSecretEveryQkdKeyGivesItsOwnKey() {
    KeyMaterial[] keys = new KeyMaterial[64];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = combine(Z, bytes(32), EK, CIPHERTEXT, CONTEXT, 32);
      for (int j = 0; j < i; j++) {
        assertThat(keys[i].sameAs(keys[j])).isFalse();
      }
    }
  }

  @Test
  void bindsTheCiphertextThePublicKeyTheIdsAndTheLength() {
    byte[] otherCiphertext = CIPHERTEXT.clone();
    otherCiphertext[1087] ^= 1;
    MlKemPublicKey otherEk = MlKem768.keyPairFromSeed(KeyMaterial.wrap(bytes(64))).publicKey();

    assertThat(differs(combine(Z, T, EK, otherCiphertext, CONTEXT, 32))).isTrue();
    assertThat(differs(combine(Z, T, otherEk, CIPHERTEXT, CONTEXT, 32))).isTrue();
    assertThat(
            differs(
                combine(
                    Z,
                    T,
                    EK,
                    CIPHERTEXT,
                    new HybridKeyContext(UUID.randomUUID(), "gateway-3", "hes-1"),
                    32)))
        .isTrue();
    assertThat(
            differs(
                combine(
                    Z,
                    T,
                    EK,
                    CIPHERTEXT,
                    new HybridKeyContext(CONTEXT.qkdKeyId(), "gateway-3h", "es-1"),
                    32)))
        .isTrue();
    byte[] longer = combine(Z, T, EK, CIPHERTEXT, CONTEXT, 64).bytes();
    assertThat(Arrays.copyOf(longer, 32)).isNotEqualTo(reference().bytes());
  }

  @Test
  void rejectsInputsOfTheWrongSize() {
    assertThatThrownBy(() -> combine(bytes(31), T, EK, CIPHERTEXT, CONTEXT, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> combine(Z, bytes(15), EK, CIPHERTEXT, CONTEXT, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> combine(Z, bytes(65), EK, CIPHERTEXT, CONTEXT, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> combine(Z, T, EK, bytes(1087), CONTEXT, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> combine(Z, T, EK, CIPHERTEXT, CONTEXT, 15))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> combine(Z, T, EK, CIPHERTEXT, CONTEXT, 65))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HybridKeyContext(UUID.randomUUID(), "", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static KeyMaterial reference() {
    return combine(Z, T, EK, CIPHERTEXT, CONTEXT, 32);
  }

  private static boolean differs(KeyMaterial key) {
    return !key.sameAs(reference());
  }

  private static KeyMaterial combine(
      byte[] z,
      byte[] t,
      MlKemPublicKey ek,
      byte[] ciphertext,
      HybridKeyContext context,
      int length) {
    return HybridKeyCombiner.combine(
        KeyMaterial.copyOf(z), KeyMaterial.copyOf(t), ek, ciphertext, context, length);
  }

  /** FixedInfo written out field by field from the javadoc of {@link HybridKeyCombiner}. */
  private static byte[] referenceFixedInfo(int qkdKeyLength, int length) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    byte[] algorithm =
        "qgate/hybrid-key/v1:ML-KEM-768+QKD:HMAC-SHA-256".getBytes(StandardCharsets.US_ASCII);
    out.writeInt(algorithm.length);
    out.write(algorithm);
    out.writeInt(9);
    out.write("gateway-3".getBytes(StandardCharsets.UTF_8));
    out.writeInt(1088);
    out.write(CIPHERTEXT);
    out.writeInt(5);
    out.write("hes-1".getBytes(StandardCharsets.UTF_8));
    out.writeInt(1184);
    out.write(EK.encoded());
    out.writeLong(CONTEXT.qkdKeyId().getMostSignificantBits());
    out.writeLong(CONTEXT.qkdKeyId().getLeastSignificantBits());
    out.writeInt(8 * qkdKeyLength);
    out.writeInt(8 * length);
    return bytes.toByteArray();
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
