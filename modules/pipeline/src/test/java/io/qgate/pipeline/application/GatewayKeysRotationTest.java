package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.pipeline.fixtures.FakeVault;
import io.qgate.pipeline.fixtures.MutableClock;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.vault.domain.telemetry.MasterKeyGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayKeysRotationTest {

  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
  private final FakeVault vault = FakeVault.allowing(AeadAlgorithm.AES_256_GCM);
  private final GatewayKeys keys = new GatewayKeys(vault, LIFETIME, Map.of(), clock);

  @Test
  void hasNoMasterKeyBeforeTheFirstRotation() {
    assertThatThrownBy(keys::currentMasterKey).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(keys::schedule).isInstanceOf(IllegalStateException.class);
    assertThat(vault.issued()).isEmpty();
  }

  @Test
  void firstRotationDrawsTheGrantedKeyWithItsSecretAndSalt() {
    assertThat(keys.rotateIfDue()).isTrue();

    MasterKeyGrant grant = vault.issued(0);
    MasterKey current = keys.currentMasterKey();
    assertThat(current.keyId()).isEqualTo(grant.key().keyId());
    assertThat(current.salt()).isEqualTo(grant.key().salt());
    assertThat(current.secret().bytes()).isEqualTo(grant.secret().bytes());
  }

  @Test
  void keepsTheKeyUntilItsLifetimeIsOver() {
    keys.rotateIfDue();
    clock.advance(LIFETIME.minusMillis(1));

    assertThat(keys.rotateIfDue()).isFalse();
    assertThat(vault.issued()).hasSize(1);
    assertThat(keys.currentMasterKey().keyId()).isEqualTo(vault.issued(0).key().keyId());
  }

  @Test
  void drawsANewKeyOnceTheLifetimeIsOver() {
    keys.rotateIfDue();
    clock.advance(LIFETIME);

    assertThat(keys.rotateIfDue()).isTrue();
    assertThat(vault.issued()).hasSize(2);
    assertThat(keys.currentMasterKey().keyId()).isEqualTo(vault.issued(1).key().keyId());
    assertThat(keys.rotateIfDue()).isFalse();
  }

  @Test
  void measuresTheLifetimeFromWhenTheKeyWasDrawnNotFromASchedule() {
    keys.rotateIfDue();
    clock.advance(LIFETIME.plusMinutes(3)); // a late rotation
    keys.rotateIfDue();

    clock.advance(LIFETIME.minusSeconds(1)); // past 2 × lifetime since the first, not since this
    assertThat(keys.rotateIfDue()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.rotateIfDue()).isTrue();
    assertThat(vault.issued()).hasSize(3);
  }

  @Test
  void keepsThePreviousKeyAliveUntilTheNextRotationThenZeroisesIt() {
    keys.rotateIfDue();
    MasterKeyGrant first = vault.issued(0);

    clock.advance(LIFETIME);
    keys.rotateIfDue();
    assertThat(first.secret().isDestroyed()).isFalse();
    assertThat(first.secret().bytes()).isNotEqualTo(new byte[32]);

    clock.advance(LIFETIME);
    keys.rotateIfDue();
    MasterKeyGrant second = vault.issued(1);
    MasterKeyGrant third = vault.issued(2);
    assertThat(first.secret().isDestroyed()).isTrue();
    assertThat(second.secret().isDestroyed()).isFalse();
    assertThat(third.secret().isDestroyed()).isFalse();
    assertThat(keys.currentMasterKey().isDestroyed()).isFalse();

    clock.advance(LIFETIME);
    keys.rotateIfDue();
    assertThat(second.secret().isDestroyed()).isTrue();
    assertThat(third.secret().isDestroyed()).isFalse();
  }

  @Test
  void destroyZeroisesTheCurrentAndThePreviousKey() {
    keys.rotateIfDue();
    clock.advance(LIFETIME);
    keys.rotateIfDue();

    keys.destroy();

    assertThat(vault.issued())
        .allSatisfy(grant -> assertThat(grant.secret().isDestroyed()).isTrue());
    assertThat(keys.currentMasterKey().isDestroyed()).isTrue();
  }

  @Test
  void takesTheDeviceKeyScheduleFromTheGrantsPolicyLimits() {
    vault.policy(Duration.ofMinutes(5), 1_000, Set.of(AeadAlgorithm.AES_256_GCM));
    keys.rotateIfDue();
    assertThat(keys.schedule()).isEqualTo(new EpochSchedule(Duration.ofMinutes(5), 1_000));

    vault.policy(Duration.ofSeconds(30), 7, Set.of(AeadAlgorithm.AES_256_GCM));
    clock.advance(LIFETIME);
    keys.rotateIfDue();
    assertThat(keys.schedule()).isEqualTo(new EpochSchedule(Duration.ofSeconds(30), 7));
  }

  @Test
  void aVaultThatCannotAnswerLeavesTheCurrentKeyInPlaceAndAlive() {
    boolean[] down = {false};
    GatewayKeys flaky =
        new GatewayKeys(
            () -> {
              if (down[0]) {
                throw new IllegalStateException("vault down");
              }
              return vault.get();
            },
            LIFETIME,
            Map.of(),
            clock);
    flaky.rotateIfDue();
    MasterKey before = flaky.currentMasterKey();

    down[0] = true;
    clock.advance(LIFETIME);
    assertThatThrownBy(flaky::rotateIfDue).hasMessage("vault down");

    assertThat(flaky.currentMasterKey()).isSameAs(before);
    assertThat(before.isDestroyed()).isFalse();
    down[0] = false;
    assertThat(flaky.rotateIfDue()).isTrue();
  }
}
