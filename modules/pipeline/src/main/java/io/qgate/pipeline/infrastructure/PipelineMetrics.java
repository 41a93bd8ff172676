package io.qgate.pipeline.infrastructure;

import io.qgate.telemetry.envelope.RejectReason;
import io.qgate.telemetry.kafka.RejectionCounts;
import io.qgate.telemetry.kafka.SecureTelemetryConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The pipeline's counters on {@code /metrics} (MicroProfile Metrics, Prometheus text), tagged by
 * domain: what each gateway sent, what the policy refused, what failed; what each consumer
 * accepted, skipped as duplicate, dead-lettered (by reason), found malformed and alerted on.
 */
@ApplicationScoped
public class PipelineMetrics {

  @Inject MetricRegistry metrics;

  void gateway(String domain, GatewayRuntime gateway) {
    Tag tag = new Tag("domain", domain);
    count("qgate_gateway_readings_sent", gateway.sent, tag);
    count("qgate_gateway_readings_refused", gateway.refused, tag);
    count("qgate_gateway_readings_failed", gateway.failed, tag);
  }

  void consumer(
      String domain,
      SecureTelemetryConsumer loop,
      RejectionCounts rejections,
      DomainConsumer consumer) {
    Tag tag = new Tag("domain", domain);
    metrics.gauge("qgate_telemetry_accepted", loop, SecureTelemetryConsumer::accepted, tag);
    metrics.gauge("qgate_telemetry_duplicates", loop, SecureTelemetryConsumer::duplicates, tag);
    for (RejectReason reason : RejectReason.values()) {
      metrics.gauge(
          "qgate_telemetry_rejected",
          rejections,
          counts -> counts.count(reason),
          tag,
          new Tag("reason", reason.name()));
    }
    count("qgate_telemetry_malformed", consumer.malformed, tag);
    count("qgate_telemetry_alerts", consumer.alertsRaised, tag);
  }

  private void count(String name, AtomicLong value, Tag tag) {
    metrics.gauge(name, value, AtomicLong::get, tag);
  }
}
