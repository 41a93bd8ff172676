package io.qgate.telemetry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceKeyDeriverTest {

  private static final UUID KEY_ID = UUID.fromString("6f1c0b0e-3c55-4d8e-9a2f-1b2c3d4e5f60");
  private static final byte[] SECRET = bytes(0x11, 32);
  private static final byte[] SALT = bytes(0x77, 32);
  private static final Epoch EPOCH = new Epoch(20_000, 0);

  @Test
  void deviceKeyIsHkdfOfTheMasterKeyWithTheDocumentedInfo() {
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(masterKey(SECRET, SALT));

    byte[] key = deriver.derive("pmu-7", EPOCH, "telemetry-aead").bytes();

    byte[] info = DeviceKeyInfo.encode("pmu-7", EPOCH, "telemetry-aead");
    assertThat(key).hasSize(32).isEqualTo(HkdfSha256.derive(SALT, SECRET, info, 32));
  }

  @Test
  void gatewayAndConsumerDeriveTheSameKey() {
    DeviceKeyDeriver gateway = DeviceKeyDeriver.of(masterKey(SECRET, SALT));
    DeviceKeyDeriver consumer = DeviceKeyDeriver.of(masterKey(SECRET.clone(), SALT.clone()));

    assertThat(
            gateway.derive("pmu-7", EPOCH, "aead").sameAs(consumer.derive("pmu-7", EPOCH, "aead")))
        .isTrue();
  }

  @Test
  void distinctTriplesGiveDistinctKeys() {
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(masterKey(SECRET, SALT));
    List<String[]> triples = new ArrayList<>();
    String[] ids = {"a", "ab", "abc", "b", "bc", "c", "dev1", "dev12", "\u0000", "\u0000\u0000"};
    String[] purposes = {"a", "bc", "c", "ab", "aead", "mac", "\u0000"};
    for (String id : ids) {
      for (String purpose : purposes) {
        triples.add(new String[] {id, purpose});
      }
    }
    Set<String> keys = new HashSet<>();
    int derived = 0;
    for (String[] triple : triples) {
      for (long period : new long[] {0, 1, 2, 23, 256}) {
        for (long generation : new long[] {0, 1, 3}) {
          byte[] key = deriver.derive(triple[0], new Epoch(period, generation), triple[1]).bytes();
          keys.add(HexFormat.of().formatHex(key));
          derived++;
        }
      }
    }

    assertThat(derived).isEqualTo(ids.length * purposes.length * 5 * 3);
    assertThat(keys).hasSize(derived);
  }

  @Test
  void ambiguousConcatenationsGiveDistinctKeys() {
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(masterKey(SECRET, SALT));

    KeyMaterial abC = deriver.derive("ab", EPOCH, "c");
    KeyMaterial aBc = deriver.derive("a", EPOCH, "bc");
    // a decimal epoch glued to the id would make ("dev1", 23) and ("dev12", 3) collide
    KeyMaterial dev1 = deriver.derive("dev1", new Epoch(23, 0), "aead");
    KeyMaterial dev12 = deriver.derive("dev12", new Epoch(3, 0), "aead");

    assertThat(abC.sameAs(aBc)).isFalse();
    assertThat(dev1.sameAs(dev12)).isFalse();
  }

  @Test
  void epochAndPurposeAndGenerationEachChangeTheKey() {
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(masterKey(SECRET, SALT));
    KeyMaterial base = deriver.derive("pmu-7", new Epoch(1, 0), "aead");

    assertThat(base.sameAs(deriver.derive("pmu-7", new Epoch(2, 0), "aead"))).isFalse();
    assertThat(base.sameAs(deriver.derive("pmu-7", new Epoch(1, 1), "aead"))).isFalse();
    assertThat(base.sameAs(deriver.derive("pmu-7", new Epoch(1, 0), "mac"))).isFalse();
    assertThat(base.sameAs(deriver.derive("pmu-8", new Epoch(1, 0), "aead"))).isFalse();
  }

  @Test
  void masterKeyAndSaltEachChangeTheKey() {
    KeyMaterial base = DeviceKeyDeriver.of(masterKey(SECRET, SALT)).derive("d", EPOCH, "aead");
    byte[] otherSecret = SECRET.clone();
    otherSecret[31] ^= 1;
    byte[] otherSalt = SALT.clone();
    otherSalt[0] ^= 1;

    assertThat(
            base.sameAs(
                DeviceKeyDeriver.of(masterKey(otherSecret, SALT)).derive("d", EPOCH, "aead")))
        .isFalse();
    assertThat(
            base.sameAs(
                DeviceKeyDeriver.of(masterKey(SECRET, otherSalt)).derive("d", EPOCH, "aead")))
        .isFalse();
  }

  @Test
  void otherLengthsAreHkdfOutputsOfThatLength() {
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(masterKey(SECRET, SALT));
    byte[] info = DeviceKeyInfo.encode("d", EPOCH, "aead-128");

    assertThat(deriver.derive("d", EPOCH, "aead-128", 16).bytes())
        .isEqualTo(HkdfSha256.derive(SALT, SECRET, info, 16));
    assertThat(deriver.derive("d", EPOCH, "aead-128", 80).bytes())
        .isEqualTo(HkdfSha256.derive(SALT, SECRET, info, 80));
    assertThatThrownBy(() -> deriver.derive("d", EPOCH, "x", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void destroyStopsDerivationAndLeavesTheMasterKeyToItsOwner() {
    MasterKey master = masterKey(SECRET, SALT);
    DeviceKeyDeriver deriver = DeviceKeyDeriver.of(master);

    deriver.destroy();

    assertThat(deriver.isDestroyed()).isTrue();
    assertThat(master.isDestroyed()).isFalse();
    assertThatThrownBy(() -> deriver.derive("d", EPOCH, "aead"))
        .isInstanceOf(IllegalStateException.class);
    master.destroy();
    assertThat(master.isDestroyed()).isTrue();
  }

  @Test
  void masterKeyPrintsNoSecretAndNeedsAtLeast128Bits() {
    MasterKey master = masterKey(SECRET, SALT);

    assertThat(master.toString()).isEqualTo("MasterKey[" + KEY_ID + ", 256 bits]");
    assertThatThrownBy(() -> masterKey(new byte[15], SALT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MasterKey masterKey(byte[] secret, byte[] salt) {
    return new MasterKey(KEY_ID, KeyMaterial.copyOf(secret), salt);
  }

  private static byte[] bytes(int first, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (first + 3 * i);
    }
    return bytes;
  }
}
