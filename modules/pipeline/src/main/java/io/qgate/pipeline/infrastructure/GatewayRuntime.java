package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.EncryptionPermits;
import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.keys.EpochSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One running edge gateway: its master keys, its policy permits, its sealer and its producer, for
 * every device behind it — simulated or posting over HTTP. Sends a device's reading if the policy
 * permits the device's encryption in the current key period; counts what it sent, refused and
 * failed.
 */
final class GatewayRuntime {

  final String gatewayId;
  final String gatewaySae;
  final String topic;
  private final GatewayKeys keys;
  private final EncryptionPermits permits;
  private final EnvelopeSealer sealer;
  private final Producer<String, Telemetry> producer;

  private record PeriodOfSecond(long second, EpochSchedule schedule, long period) {}

  private volatile PeriodOfSecond lastPeriod;

  final AtomicLong sent = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong failed = new AtomicLong();

  GatewayRuntime(
      String gatewayId,
      String gatewaySae,
      String topic,
      GatewayKeys keys,
      EncryptionPermits permits,
      EnvelopeSealer sealer,
      Producer<String, Telemetry> producer) {
    this.gatewayId = gatewayId;
    this.gatewaySae = gatewaySae;
    this.topic = topic;
    this.keys = keys;
    this.permits = permits;
    this.sealer = sealer;
    this.producer = producer;
  }

  /** Tells the keys a device's registry kind (constrained devices may get ASCON). */
  void knowKind(String deviceId, String kind) {
    keys.knowKind(deviceId, kind);
  }

  /**
   * Seals and sends the reading of {@code deviceId} at {@code time}; {@code reading} is only asked
   * if the policy permits, so a refused device's data is not even read.
   *
   * @return the send, done once Kafka acknowledged it (acks=all); null if the policy refused
   */
  Future<RecordMetadata> send(String deviceId, Supplier<byte[]> reading, Instant time) {
    keys.rotateIfDue();
    Algorithm algorithm = keys.algorithmFor(deviceId);
    long period = periodAt(time);
    if (!permits.allows(deviceId, AeadAlgorithm.valueOf(algorithm.name()), period)) {
      refused.incrementAndGet();
      return null;
    }
    return producer.send(
        new ProducerRecord<>(
            topic, null, time.toEpochMilli(), deviceId, new Telemetry(deviceId, reading.get())),
        (metadata, error) -> (error == null ? sent : failed).incrementAndGet());
  }

  /** The key period of {@code time}; the division is costly, the answer changes rarely. */
  private long periodAt(Instant time) {
    PeriodOfSecond cached = lastPeriod;
    long second = time.getEpochSecond();
    if (cached == null || cached.second() != second || cached.schedule() != keys.schedule()) {
      cached = new PeriodOfSecond(second, keys.schedule(), keys.schedule().periodAt(time));
      lastPeriod = cached;
    }
    return cached.period();
  }

  /** Asks the policy again for each device (a policy or a certification changed). */
  void forgetPermits() {
    permits.forget();
  }

  void close() {
    producer.close(Duration.ofSeconds(5));
    sealer.close();
    keys.destroy();
  }
}
