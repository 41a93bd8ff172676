package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.fixtures.RecordingDecisions;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import io.qgate.policy.domain.PolicyScope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EncryptionPermitsTest {

  private static final PolicyScope SCOPE = new PolicyScope(Tenant.PLANT, PolicyDomain.INDUSTRIAL);
  private static final AeadAlgorithm AES = AeadAlgorithm.AES_256_GCM;
  private static final AeadAlgorithm ASCON = AeadAlgorithm.ASCON_AEAD128;

  private final RecordingDecisions decisions = new RecordingDecisions();
  private final EncryptionPermits permits =
      new EncryptionPermits(decisions, SCOPE, "gateway:gw-plant-1");

  @Test
  void asksThePolicyOncePerDeviceAndPeriodNotPerRecord() {
    for (int i = 0; i < 100; i++) {
      assertThat(permits.allows("plc-1", ASCON, 42)).isTrue();
    }

    assertThat(decisions.asked()).hasSize(1);
  }

  @Test
  void asksTheQuestionOfTheScopeGatewayDeviceAndAlgorithm() {
    permits.allows("plc-1", ASCON, 42);

    assertThat(decisions.asked())
        .containsExactly(
            new TelemetryEncryption(SCOPE, "gateway:gw-plant-1", "plc-1", ASCON, Duration.ZERO, 0));
  }

  @Test
  void asksAgainInANewKeyPeriod() {
    permits.allows("plc-1", ASCON, 42);
    permits.allows("plc-1", ASCON, 43);
    permits.allows("plc-1", ASCON, 43);

    assertThat(decisions.askedAbout("plc-1")).isEqualTo(2);
  }

  @Test
  void asksAgainAfterAPolicyOrCertificationChangeWithinThePeriod() {
    permits.allows("plc-1", ASCON, 42);
    permits.allows("plc-2", ASCON, 42);
    permits.forget();
    permits.allows("plc-1", ASCON, 42);

    assertThat(decisions.askedAbout("plc-1")).isEqualTo(2);
    assertThat(decisions.askedAbout("plc-2")).isEqualTo(1);
  }

  @Test
  void asksAgainWhenTheAlgorithmChanges() {
    permits.allows("plc-1", ASCON, 42);
    permits.allows("plc-1", AES, 42);
    permits.allows("plc-1", AES, 42);

    assertThat(decisions.asked())
        .extracting(TelemetryEncryption::algorithm)
        .containsExactly(ASCON, AES);
  }

  @Test
  void asksForEachDeviceSeparately() {
    permits.allows("plc-1", ASCON, 42);
    permits.allows("plc-2", ASCON, 42);
    permits.allows("plc-1", ASCON, 42);
    permits.allows("plc-2", ASCON, 42);

    assertThat(decisions.askedAbout("plc-1")).isEqualTo(1);
    assertThat(decisions.askedAbout("plc-2")).isEqualTo(1);
  }

  @Test
  void aRefusalHoldsForTheRestOfThePeriodWithoutAskingAgain() {
    decisions.answer(question -> !question.deviceId().equals("plc-9"));

    assertThat(permits.allows("plc-9", ASCON, 42)).isFalse();
    decisions.answer(question -> true); // the device is certified meanwhile
    assertThat(permits.allows("plc-9", ASCON, 42)).isFalse();
    assertThat(decisions.askedAbout("plc-9")).isEqualTo(1);

    assertThat(permits.allows("plc-9", ASCON, 43)).isTrue();
    assertThat(decisions.askedAbout("plc-9")).isEqualTo(2);
  }

  @Test
  void aRefusalOfOneDeviceDoesNotAffectAnother() {
    decisions.answer(question -> !question.deviceId().equals("plc-9"));

    assertThat(permits.allows("plc-9", ASCON, 42)).isFalse();
    assertThat(permits.allows("plc-1", ASCON, 42)).isTrue();
  }
}
