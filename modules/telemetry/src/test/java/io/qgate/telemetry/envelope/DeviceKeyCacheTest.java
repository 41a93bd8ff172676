package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.DeviceKeyDeriver;
import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import org.junit.jupiter.api.Test;

class DeviceKeyCacheTest {

  private final MasterKey master = Fixtures.masterKey(1);
  private final Epoch epoch = new Epoch(10, 0);

  @Test
  void derivesOnceWithTheAlgorithmsPurposeAndLength() {
    try (DeviceKeyCache cache = new DeviceKeyCache(4);
        KeyMaterial expected =
            DeviceKeyDeriver.of(master).derive("d", epoch, "qgate-telemetry/ascon-aead128", 16)) {
      byte[] first = cache.key(master, "d", epoch, Algorithm.ASCON_AEAD128);
      byte[] again = cache.key(master, "d", epoch, Algorithm.ASCON_AEAD128);
      assertThat(first).isEqualTo(expected.bytes()).isEqualTo(again).isNotSameAs(again);
      assertThat(cache.derivations()).isEqualTo(1);
    }
  }

  @Test
  void isBoundedAndZeroisesWhatItEvicts() {
    try (DeviceKeyCache cache = new DeviceKeyCache(2)) {
      cache.key(master, "a", epoch, Algorithm.AES_256_GCM);
      KeyMaterial a = cache.cached(master.keyId(), "a", epoch, Algorithm.AES_256_GCM);
      cache.key(master, "b", epoch, Algorithm.AES_256_GCM);
      cache.key(master, "a", epoch, Algorithm.AES_256_GCM); // a is now the most recent
      cache.key(master, "c", epoch, Algorithm.AES_256_GCM); // evicts b
      assertThat(cache.size()).isEqualTo(2);
      assertThat(a.isDestroyed()).isFalse();
      cache.key(master, "d", epoch, Algorithm.AES_256_GCM); // evicts a
      assertThat(a.isDestroyed()).isTrue();
      assertThat(cache.cached(master.keyId(), "a", epoch, Algorithm.AES_256_GCM)).isNull();
    }
  }

  @Test
  void forgetAndCloseZeroise() {
    MasterKey other = Fixtures.masterKey(2);
    DeviceKeyCache cache = new DeviceKeyCache(8);
    cache.key(master, "a", epoch, Algorithm.AES_256_GCM);
    cache.key(other, "a", epoch, Algorithm.AES_256_GCM);
    KeyMaterial mine = cache.cached(master.keyId(), "a", epoch, Algorithm.AES_256_GCM);
    KeyMaterial theirs = cache.cached(other.keyId(), "a", epoch, Algorithm.AES_256_GCM);
    cache.forget(master.keyId());
    assertThat(mine.isDestroyed()).isTrue();
    assertThat(theirs.isDestroyed()).isFalse();
    assertThat(cache.size()).isEqualTo(1);
    cache.close();
    assertThat(theirs.isDestroyed()).isTrue();
    assertThat(cache.size()).isZero();
  }
}
