package io.qgate.audit.application;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditLedger;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.CheckpointSigning;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the rest of the platform does with the audit trail: record, read, verify. */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @Inject AuditLedger ledger;
  @Inject CheckpointSigning signing;

  /**
   * Records the event durably before returning.
   *
   * @throws io.qgate.audit.domain.AuditUnavailableException if it cannot; the caller must then
   *     refuse the action the event describes
   */
  public AuditRecord record(AuditEvent event) {
    return ledger.append(event);
  }

  /**
   * Records a fact about an action that has already happened and cannot be undone, without making
   * the caller wait for it to be durable. An event that cannot be stored is logged (and counted as
   * an append failure), never thrown: the action stands either way.
   */
  public void recordAfterTheFact(AuditEvent event) {
    try {
      ledger
          .appendLater(event)
          .whenComplete(
              (stored, failure) -> {
                if (failure != null) {
                  notRecorded(event, failure);
                }
              });
    } catch (AuditUnavailableException e) {
      notRecorded(event, e);
    }
  }

  private static void notRecorded(AuditEvent event, Throwable failure) {
    LOG.log(
        Level.SEVERE,
        event.type()
            + " by "
            + event.actor()
            + " happened but was not recorded: "
            + failure.getMessage());
  }

  public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
    return ledger.search(query, page);
  }

  /** See {@link AuditLedger#recent}. */
  public List<AuditRecord> recent(
      Set<AuditEventType> types, Set<String> tenants, Instant since, int limit) {
    return ledger.recent(types, tenants, since, limit);
  }

  public void scan(AuditQuery query, Predicate<AuditRecord> sink) {
    ledger.scan(query, sink);
  }

  /** Recomputes the whole chain and every checkpoint, trusting the registered keys. */
  public VerificationReport verify() {
    return ledger.verify();
  }

  /** Signs the current head now instead of waiting for the periodic checkpoint. */
  public Optional<Checkpoint> checkpointNow() {
    return signing.signHead();
  }

  public List<Checkpoint> checkpoints() {
    return ledger.checkpoints();
  }

  public Map<String, byte[]> publicKeys() {
    return ledger.publicKeys();
  }
}
