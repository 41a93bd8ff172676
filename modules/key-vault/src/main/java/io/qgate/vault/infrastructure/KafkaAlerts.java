package io.qgate.vault.infrastructure;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.alert.AlertSink;
import io.qgate.platform.infrastructure.kafka.EventPublisher;
import io.qgate.platform.infrastructure.kafka.EventPublisher.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alerts on {@value #TOPIC}, keyed by tenant (docs/asyncapi.yaml); never key material. */
@ApplicationScoped
public class KafkaAlerts implements AlertSink {

  public static final String TOPIC = "qgate.alerts.v1";

  @Inject EventPublisher publisher;

  @Override
  public void raise(Alert alert) {
    publisher.publish(List.of(event(alert)));
  }

  static Event event(Alert alert) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("alertId", alert.alertId().toString());
    json.put("type", alert.type());
    json.put("severity", alert.severity());
    json.put("tenant", alert.tenant());
    json.put("source", Map.of("kind", alert.sourceKind(), "id", alert.sourceId()));
    json.put("raisedAt", alert.raisedAt().toString());
    json.put("message", alert.message());
    json.put("details", alert.details());
    return new Event(TOPIC, alert.tenant(), CanonicalJson.write(json));
  }
}
