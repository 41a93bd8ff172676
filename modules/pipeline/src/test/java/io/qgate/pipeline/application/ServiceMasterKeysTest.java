package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.vault.application.TelemetryKeyService;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import io.qgate.vault.domain.telemetry.TelemetryReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceMasterKeysTest {

  private static final TelemetryReader READER =
      TelemetryReader.service("grid-monitor", Tenant.UTILITY);

  private final FakeKeyService vault = new FakeKeyService();
  private final ServiceMasterKeys keys = new ServiceMasterKeys(vault, READER);

  @Test
  void returnsTheKeyTheVaultReleases() {
    UUID id = vault.holds(secret(7), salt(3));

    Optional<MasterKey> found = keys.find(id);

    assertThat(found).isPresent();
    assertThat(found.get().keyId()).isEqualTo(id);
    assertThat(found.get().secret().bytes()).isEqualTo(secret(7));
    assertThat(found.get().salt()).isEqualTo(salt(3));
  }

  @Test
  void asksTheVaultAsTheServiceReader() {
    UUID id = vault.holds(secret(7), salt(3));

    keys.find(id);

    assertThat(vault.readers).containsExactly(READER);
  }

  @Test
  void asksTheVaultOncePerKeyId() {
    UUID first = vault.holds(secret(1), salt(1));
    UUID second = vault.holds(secret(2), salt(2));

    MasterKey once = keys.find(first).orElseThrow();
    for (int i = 0; i < 10; i++) {
      assertThat(keys.find(first)).containsSame(once);
      keys.find(second);
    }

    assertThat(vault.asked).containsExactly(first, second);
  }

  @Test
  void aKeyTheVaultDoesNotKnowIsNone() {
    UUID unknown = UUID.randomUUID();

    assertThat(keys.find(unknown)).isEmpty();
    assertThat(vault.asked).containsExactly(unknown);
  }

  @Test
  void aKeyTheVaultRefusesIsNone() {
    UUID id = vault.holds(secret(7), salt(3));
    vault.failure = new ForbiddenException("not entitled");

    assertThat(keys.find(id)).isEmpty();
  }

  @Test
  void aVaultThatCannotAnswerThrowsSoTheRecordIsRetried() {
    UUID id = vault.holds(secret(7), salt(3));
    vault.failure = new UnavailableException("database down");

    assertThatThrownBy(() -> keys.find(id)).isInstanceOf(UnavailableException.class);

    vault.failure = null;
    assertThat(keys.find(id)).isPresent();
  }

  @Test
  void closeZeroisesTheReleasedKeys() {
    UUID id = vault.holds(secret(7), salt(3));
    MasterKey released = keys.find(id).orElseThrow();

    keys.close();

    assertThat(released.isDestroyed()).isTrue();
  }

  private static byte[] secret(int seed) {
    byte[] secret = new byte[32];
    java.util.Arrays.fill(secret, (byte) seed);
    return secret;
  }

  private static byte[] salt(int seed) {
    byte[] salt = new byte[32];
    java.util.Arrays.fill(salt, (byte) (100 + seed));
    return salt;
  }

  /** The vault's key service over a map: each read releases a fresh copy, as the custody does. */
  static final class FakeKeyService extends TelemetryKeyService {

    final Map<UUID, TelemetryMasterKey> keys = new HashMap<>();
    final Map<UUID, byte[]> secrets = new HashMap<>();
    final List<UUID> asked = new ArrayList<>();
    final List<TelemetryReader> readers = new ArrayList<>();
    RuntimeException failure;

    UUID holds(byte[] secret, byte[] salt) {
      UUID id = UUID.randomUUID();
      keys.put(
          id,
          new TelemetryMasterKey(
              id,
              "sae-gw-grid-1",
              Tenant.UTILITY,
              PolicyDomain.GRID,
              KeyClass.QKD,
              salt,
              Instant.EPOCH));
      secrets.put(id, secret.clone());
      return id;
    }

    @Override
    public MasterKeyCustody.Held read(UUID keyId, TelemetryReader reader) {
      asked.add(keyId);
      readers.add(reader);
      if (failure != null) {
        throw failure;
      }
      TelemetryMasterKey key = keys.get(keyId);
      if (key == null) {
        throw new NotFoundException("telemetry master key", keyId.toString());
      }
      return new MasterKeyCustody.Held(key, KeyMaterial.copyOf(secrets.get(keyId)));
    }
  }
}
