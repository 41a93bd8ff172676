package io.qgate.audit.application;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditLedger;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.CheckpointSigning;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What the rest of the platform does with the audit trail: record, read, verify. */
@ApplicationScoped
public class AuditTrail {

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

  public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
    return ledger.search(query, page);
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
