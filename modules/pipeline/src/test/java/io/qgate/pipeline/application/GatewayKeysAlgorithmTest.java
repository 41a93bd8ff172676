package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.fixtures.FakeVault;
import io.qgate.pipeline.fixtures.MutableClock;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayKeysAlgorithmTest {

  private static final Map<String, String> KINDS =
      Map.of(
          "plc-1", "PLC",
          "sensor-1", "SENSOR",
          "meter-1", "SMART_METER",
          "pmu-1", "PMU",
          "monitor-1", "BEDSIDE_MONITOR");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));

  @ParameterizedTest(name = "{0} under {1} -> {2}")
  @CsvSource({
    // constrained kinds get Ascon where the policy allows it
    "plc-1,     AES_256_GCM ASCON_AEAD128, ASCON_AEAD128",
    "sensor-1,  AES_256_GCM ASCON_AEAD128, ASCON_AEAD128",
    "meter-1,   AES_256_GCM ASCON_AEAD128, ASCON_AEAD128",
    // other kinds get AES when it is allowed
    "pmu-1,     AES_256_GCM ASCON_AEAD128, AES_256_GCM",
    "monitor-1, AES_256_GCM ASCON_AEAD128, AES_256_GCM",
    // AES only: everyone, constrained or not
    "plc-1,     AES_256_GCM,               AES_256_GCM",
    "meter-1,   AES_256_GCM,               AES_256_GCM",
    "pmu-1,     AES_256_GCM,               AES_256_GCM",
    // Ascon only: everyone, constrained or not
    "plc-1,     ASCON_AEAD128,             ASCON_AEAD128",
    "pmu-1,     ASCON_AEAD128,             ASCON_AEAD128",
    "monitor-1, ASCON_AEAD128,             ASCON_AEAD128",
  })
  void choosesTheAlgorithmByDeviceKindAndPolicy(String device, String allowed, Algorithm expected) {
    GatewayKeys keys = keysAllowing(parse(allowed));

    assertThat(keys.algorithmFor(device)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "unknown device under {0} -> {1}")
  @CsvSource({
    "AES_256_GCM ASCON_AEAD128, AES_256_GCM",
    "AES_256_GCM,               AES_256_GCM",
    "ASCON_AEAD128,             ASCON_AEAD128",
  })
  void aDeviceOfUnknownKindIsTreatedAsUnconstrained(String allowed, Algorithm expected) {
    GatewayKeys keys = keysAllowing(parse(allowed));

    assertThat(keys.algorithmFor("not-in-the-registry")).isEqualTo(expected);
  }

  @Test
  void followsThePolicyOfTheCurrentMasterKeyAfterARotation() {
    FakeVault vault = FakeVault.allowing(AeadAlgorithm.AES_256_GCM);
    GatewayKeys keys = new GatewayKeys(vault, Duration.ofMinutes(1), KINDS, clock);
    keys.rotateIfDue();
    assertThat(keys.algorithmFor("pmu-1")).isEqualTo(Algorithm.AES_256_GCM);
    assertThat(keys.allowedAlgorithms()).containsExactly(AeadAlgorithm.AES_256_GCM);

    vault.policy(Duration.ofHours(1), 1_000, Set.of(AeadAlgorithm.ASCON_AEAD128));
    clock.advance(Duration.ofMinutes(1));
    keys.rotateIfDue();

    assertThat(keys.allowedAlgorithms()).containsExactly(AeadAlgorithm.ASCON_AEAD128);
    assertThat(keys.algorithmFor("pmu-1")).isEqualTo(Algorithm.ASCON_AEAD128);
  }

  private GatewayKeys keysAllowing(Set<AeadAlgorithm> allowed) {
    GatewayKeys keys =
        new GatewayKeys(
            new FakeVault(Duration.ofHours(1), 1_000, allowed),
            Duration.ofMinutes(1),
            KINDS,
            clock);
    keys.rotateIfDue();
    return keys;
  }

  private static Set<AeadAlgorithm> parse(String allowed) {
    return Arrays.stream(allowed.trim().split("\\s+"))
        .map(AeadAlgorithm::valueOf)
        .collect(Collectors.toSet());
  }
}
