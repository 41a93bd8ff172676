package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.infrastructure.kafka.EventPublisher;
import io.qgate.platform.infrastructure.kafka.EventPublisher.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Streams committed audit rows to {@value #TOPIC}, keyed by tenant, as JSON: the row's canonical
 * content plus its {@code hash}. PostgreSQL is the record; the stream is a copy for SIEMs, so a
 * Kafka outage never blocks or refuses an audited action.
 */
@ApplicationScoped
public class AuditStream {

  public static final String TOPIC = "qgate.audit.v1";

  @Inject EventPublisher publisher;

  /** Queues the rows for Kafka; returns at once. */
  public void publish(List<AuditRecord> records) {
    publisher.publish(
        records.stream().map(r -> new Event(TOPIC, r.event().tenant(), r.toJson())).toList());
  }
}
