package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.application.EncryptionPermits;
import io.qgate.pipeline.application.GatewayKeys;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Drives one simulated fleet through its edge gateway, one {@link #tick} at a time on one thread:
 * each device reports at its own rate (a budget of readings that grows with the time elapsed), the
 * policy must permit the device's encryption in the current key period, and each reading goes to
 * the fleet's topic keyed by device id, sealed by the producer's serializer. A device's readings
 * are all sent from this thread, so they reach Kafka in sequence order.
 */
final class FleetDriver {

  /** The most time one tick catches up on: after a stall, devices do not burst. */
  private static final Duration MAX_CATCH_UP = Duration.ofSeconds(1);

  private final SimulatedFleet fleet;
  private final List<? extends SimulatedDevice> devices;
  private final GatewayKeys keys;
  private final EncryptionPermits permits;
  private final Producer<String, Telemetry> producer;
  private final Clock clock;
  private final double[] budget;
  private Instant last;

  final AtomicLong sent = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong failed = new AtomicLong();

  /** The last reason a tick failed, so the gateway reports each cause once. */
  volatile String lastFailure;

  FleetDriver(
      SimulatedFleet fleet,
      GatewayKeys keys,
      EncryptionPermits permits,
      Producer<String, Telemetry> producer,
      Clock clock) {
    this.fleet = fleet;
    this.devices = List.copyOf(fleet.devices());
    this.keys = keys;
    this.permits = permits;
    this.producer = producer;
    this.clock = clock;
    this.budget = new double[devices.size()];
    for (int i = 0; i < budget.length; i++) {
      budget[i] = (double) i / budget.length; // spread the devices over the ticks
    }
    this.last = clock.instant();
  }

  /** Sends what each device has due since the last tick. */
  void tick() {
    Instant now = clock.instant();
    Duration elapsed = Duration.between(last, now);
    last = now;
    double seconds = Math.min(elapsed.toNanos(), MAX_CATCH_UP.toNanos()) / 1e9;
    keys.rotateIfDue();
    long period = keys.schedule().periodAt(now);
    for (int i = 0; i < devices.size(); i++) {
      SimulatedDevice device = devices.get(i);
      budget[i] += device.readingsPerSecond() * seconds;
      while (budget[i] >= 1) {
        budget[i] -= 1;
        send(device, now, period);
      }
    }
  }

  private void send(SimulatedDevice device, Instant now, long period) {
    Algorithm algorithm = keys.algorithmFor(device.id());
    if (!permits.allows(device.id(), AeadAlgorithm.valueOf(algorithm.name()), period)) {
      refused.incrementAndGet();
      return;
    }
    Telemetry reading = new Telemetry(device.id(), device.nextReading(now));
    producer.send(
        new ProducerRecord<>(fleet.topic(), null, now.toEpochMilli(), device.id(), reading),
        (metadata, error) -> (error == null ? sent : failed).incrementAndGet());
  }
}
