package io.qgate.pipeline.application;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.pipeline.fixtures.FakeVault;
import io.qgate.pipeline.fixtures.MutableClock;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.DeviceKeyCache;
import io.qgate.telemetry.envelope.DeviceSequences;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.OpenResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway seals through {@link GatewayKeys}; a consumer opens with its own copies of the same
 * grants' master keys, as the vault hands them to readers.
 */
class SealedBeforeRotationOpensAfterTest {

  private static final String TOPIC = "qgate.industrial.plc.v1";
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
  private final FakeVault vault =
      FakeVault.allowing(AeadAlgorithm.AES_256_GCM, AeadAlgorithm.ASCON_AEAD128);
  private final GatewayKeys keys =
      new GatewayKeys(vault, LIFETIME, Map.of("plc-1", "PLC", "pmu-1", "PMU"), clock);
  private final EnvelopeSealer sealer =
      new EnvelopeSealer(keys, new DeviceSequences(), clock, new DeviceKeyCache(64));
  private final EnvelopeOpener opener = new EnvelopeOpener(vault.readerCopies());

  @AfterEach
  void close() {
    sealer.close();
    opener.close();
    keys.destroy();
  }

  @Test
  void aRecordSealedBeforeAMasterKeyRotationStillOpensAfterIt() {
    keys.rotateIfDue();
    byte[] before = sealer.seal(TOPIC, "plc-1", "before".getBytes(UTF_8));

    clock.advance(LIFETIME);
    assertThat(keys.rotateIfDue()).isTrue();
    byte[] after = sealer.seal(TOPIC, "plc-1", "after".getBytes(UTF_8));

    Accepted openedBefore = accepted(opener.open(TOPIC, before));
    Accepted openedAfter = accepted(opener.open(TOPIC, after));
    assertThat(openedBefore.payload()).asString(UTF_8).isEqualTo("before");
    assertThat(openedAfter.payload()).asString(UTF_8).isEqualTo("after");
    assertThat(openedBefore.masterKeyId()).isEqualTo(vault.issued(0).key().keyId());
    assertThat(openedAfter.masterKeyId()).isEqualTo(vault.issued(1).key().keyId());
  }

  @Test
  void itStillOpensOnceTheGatewayHasZeroisedTheOldMasterKey() {
    keys.rotateIfDue();
    byte[] sealed = sealer.seal(TOPIC, "pmu-1", "reading".getBytes(UTF_8));
    clock.advance(LIFETIME);
    keys.rotateIfDue();
    clock.advance(LIFETIME);
    keys.rotateIfDue();
    assertThat(vault.issued(0).secret().isDestroyed()).isTrue();

    Accepted opened = accepted(opener.open(TOPIC, sealed));

    assertThat(opened.payload()).asString(UTF_8).isEqualTo("reading");
    assertThat(opened.deviceId()).isEqualTo("pmu-1");
  }

  @Test
  void sealsWithTheAlgorithmGatewayKeysChoosePerDevice() {
    keys.rotateIfDue();

    Accepted plc = accepted(opener.open(TOPIC, sealer.seal(TOPIC, "plc-1", new byte[] {1})));
    Accepted pmu = accepted(opener.open(TOPIC, sealer.seal(TOPIC, "pmu-1", new byte[] {2})));

    assertThat(plc.algorithm()).isEqualTo(Algorithm.ASCON_AEAD128);
    assertThat(pmu.algorithm()).isEqualTo(Algorithm.AES_256_GCM);
  }

  private static Accepted accepted(OpenResult result) {
    assertThat(result).isInstanceOf(Accepted.class);
    return (Accepted) result;
  }
}
