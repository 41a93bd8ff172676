package io.qgate.audit.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/** The stored trail: append-only rows, signed checkpoints and the keys that signed them. */
public interface AuditLedger {

  /**
   * Appends the event as the next row and returns it once it is durable.
   *
   * @throws AuditUnavailableException if it could not be stored; nothing was appended
   */
  AuditRecord append(AuditEvent event);

  /**
   * Queues the event for appending without waiting for it to be durable.
   *
   * @return completes with the stored row, or exceptionally if it could not be stored
   * @throws AuditUnavailableException if it cannot even be queued
   */
  CompletionStage<AuditRecord> appendLater(AuditEvent event);

  /** The newest rows first. */
  Page<AuditRecord> search(AuditQuery query, PageRequest page);

  /**
   * The newest rows of {@code types} since {@code since}, newest first, at most {@code limit}: of
   * {@code tenants} only, or of every tenant if that is empty. Counts nothing, so it stays cheap on
   * a long trail.
   */
  List<AuditRecord> recent(
      Set<AuditEventType> types, Set<String> tenants, Instant since, int limit);

  /** Streams matching rows in {@code seq} order until {@code sink} returns false. */
  void scan(AuditQuery query, Predicate<AuditRecord> sink);

  Optional<AuditRecord> head();

  /** Recomputes the whole chain and every checkpoint, trusting the registered keys. */
  VerificationReport verify();

  List<Checkpoint> checkpoints();

  /** Registered public keys (X.509, DER) by key id. */
  Map<String, byte[]> publicKeys();

  /**
   * Stores a checkpoint (and its key, if new) and returns the checkpoint the row now has: this one,
   * or the one another signer stored first.
   */
  Checkpoint addCheckpoint(Checkpoint checkpoint, byte[] publicKeyX509);
}
