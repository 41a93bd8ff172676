package io.qgate.pipeline.infrastructure;

import io.qgate.platform.domain.alert.AlertSink;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.kafka.SecureTelemetryConsumer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One domain's consumer thread: the secure consumer loop opens, de-duplicates and dead-letters;
 * what it accepts goes to the domain's monitor, and the monitor's alerts to {@code
 * qgate.alerts.v1}. An authentic record whose payload is not in the domain's format is a device
 * fault, not an attack: counted and logged, not alerted per record.
 */
final class DomainConsumer implements Runnable {

  private static final Logger LOG = Logger.getLogger(DomainConsumer.class.getName());

  private final String topic;
  private final TelemetryMonitor monitor;
  private final AlertSink alerts;
  private volatile SecureTelemetryConsumer loop;
  private volatile boolean running = true;

  final AtomicLong accepted = new AtomicLong();
  final AtomicLong malformed = new AtomicLong();
  final AtomicLong alertsRaised = new AtomicLong();

  DomainConsumer(String topic, TelemetryMonitor monitor, AlertSink alerts) {
    this.topic = topic;
    this.monitor = monitor;
    this.alerts = alerts;
  }

  void attach(SecureTelemetryConsumer loop) {
    this.loop = loop;
  }

  void handle(Accepted telemetry, ConsumerRecord<byte[], byte[]> source) {
    accepted.incrementAndGet();
    String device = telemetry.deviceId();
    Instant time = Instant.ofEpochMilli(source.timestamp());
    try {
      monitor
          .inspect(device, time, telemetry.payload())
          .forEach(
              alert -> {
                alerts.raise(alert);
                alertsRaised.incrementAndGet();
              });
    } catch (MalformedReadingException e) {
      if (malformed.incrementAndGet() % 1_000 == 1) {
        LOG.warning(
            () ->
                topic + ": malformed reading from " + telemetry.deviceId() + ": " + e.getMessage());
      }
    }
  }

  @Override
  public void run() {
    while (running) {
      try {
        loop.pollOnce(Duration.ofMillis(500));
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        // Broker away, vault unavailable: the batch comes again; wait a little.
        LOG.log(Level.INFO, topic + " consumer: " + e.getMessage());
        sleep();
      }
    }
  }

  void stop() {
    running = false;
  }

  private static void sleep() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
