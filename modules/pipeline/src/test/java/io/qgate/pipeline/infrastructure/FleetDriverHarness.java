package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.EncryptionPermits;
import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.pipeline.fixtures.FakeVault;
import io.qgate.pipeline.fixtures.MutableClock;
import io.qgate.pipeline.fixtures.RecordingDecisions;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Telemetry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A FleetDriver over fakes: a mutable clock, a vault of grants, recorded decisions, MockProducer.
 */
final class FleetDriverHarness {

  /** A period boundary of the hourly device-key schedule. */
  static final Instant START = Instant.parse("2026-11-27T01:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final FakeVault vault;
  final RecordingDecisions decisions;
  final MockProducer<String, Telemetry> producer;
  final GatewayKeys keys;
  final GatewayRuntime runtime;
  final FleetDriver driver;

  FleetDriverHarness(FakeFleet fleet, RecordingDecisions decisions, boolean autoComplete) {
    this(
        fleet,
        decisions,
        autoComplete,
        FakeVault.allowing(AeadAlgorithm.AES_256_GCM, AeadAlgorithm.ASCON_AEAD128));
  }

  FleetDriverHarness(
      FakeFleet fleet, RecordingDecisions decisions, boolean autoComplete, FakeVault vault) {
    this.vault = vault;
    this.decisions = decisions;
    this.producer =
        new MockProducer<>(autoComplete, null, new StringSerializer(), (topic, t) -> t.payload());
    this.keys = new GatewayKeys(vault, Duration.ofMinutes(10), fleet.kinds(), clock);
    EncryptionPermits permits =
        new EncryptionPermits(
            decisions,
            new PolicyScope(Tenant.PLANT, PolicyDomain.INDUSTRIAL),
            "gateway:gw-plant-1");
    this.runtime =
        new GatewayRuntime(
            "gw-plant-1",
            "sae-plant-1",
            fleet.topic(),
            keys,
            permits,
            new EnvelopeSealer(keys),
            producer);
    this.driver = new FleetDriver(fleet, runtime, clock);
  }

  static FleetDriverHarness of(FakeFleet fleet) {
    return new FleetDriverHarness(fleet, new RecordingDecisions(), true);
  }

  /** Ticks {@code count} times, {@code every} apart (the clock moves before each tick). */
  void tick(int count, Duration every) {
    for (int i = 0; i < count; i++) {
      clock.advance(every);
      driver.tick();
    }
  }

  List<ProducerRecord<String, Telemetry>> sent() {
    return producer.history();
  }

  long sentBy(String deviceId) {
    return producer.history().stream().filter(r -> r.key().equals(deviceId)).count();
  }
}
