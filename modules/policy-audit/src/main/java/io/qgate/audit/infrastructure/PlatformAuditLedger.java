package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditLedger;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The platform's audit trail: appends through one group-commit writer per instance, streams what it
 * committed to Kafka, reads straight from the tables.
 */
@ApplicationScoped
public class PlatformAuditLedger implements AuditLedger {

  private static final int MAX_BATCH = 512;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject AuditStream stream;

  /** Application metrics: {@code qgate_audit_appends_total}, {@code ..._append_failures_total}. */
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "qgate.audit.append-timeout-ms", defaultValue = "5000")
  long appendTimeoutMillis;

  private JdbcAuditStore store;
  private GroupCommitAppender appender;

  @PostConstruct
  void start() {
    store = new JdbcAuditStore(dataSource);
    appender = new GroupCommitAppender(store, threads, MAX_BATCH, stream::publish);
  }

  @PreDestroy
  void stop() {
    appender.close();
  }

  @Override
  public AuditRecord append(AuditEvent event) {
    try {
      AuditRecord stored = appender.append(event, Duration.ofMillis(appendTimeoutMillis));
      metrics.counter("qgate_audit_appends").inc();
      return stored;
    } catch (AuditUnavailableException e) {
      // An alert on this counter is the operator's signal that actions are being refused.
      metrics.counter("qgate_audit_append_failures").inc();
      throw e;
    }
  }

  @Override
  public CompletionStage<AuditRecord> appendLater(AuditEvent event) {
    try {
      return appender
          .submit(event)
          .whenComplete(
              (stored, failure) ->
                  metrics
                      .counter(
                          failure == null ? "qgate_audit_appends" : "qgate_audit_append_failures")
                      .inc());
    } catch (AuditUnavailableException e) {
      metrics.counter("qgate_audit_append_failures").inc();
      throw e;
    }
  }

  @Override
  public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
    return read(() -> store.search(query, page));
  }

  @Override
  public List<AuditRecord> recent(
      Set<AuditEventType> types, Set<String> tenants, Instant since, int limit) {
    return read(() -> store.recent(types, tenants, since, limit));
  }

  @Override
  public void scan(AuditQuery query, Predicate<AuditRecord> sink) {
    read(
        () -> {
          store.scan(query, sink);
          return null;
        });
  }

  @Override
  public Optional<AuditRecord> head() {
    return read(store::head);
  }

  @Override
  public VerificationReport verify() {
    return read(() -> store.verify(Map.of()));
  }

  @Override
  public List<Checkpoint> checkpoints() {
    return read(store::checkpoints);
  }

  @Override
  public Map<String, byte[]> publicKeys() {
    return read(store::publicKeys);
  }

  @Override
  public Checkpoint addCheckpoint(Checkpoint checkpoint, byte[] publicKeyX509) {
    return read(
        () -> {
          if (store.addCheckpoint(checkpoint, publicKeyX509)) {
            return checkpoint;
          }
          return store.checkpoints().stream()
              .filter(stored -> stored.seq() == checkpoint.seq())
              .findFirst()
              .orElse(checkpoint);
        });
  }

  private interface Read<T> {
    T run() throws SQLException;
  }

  private static <T> T read(Read<T> read) {
    try {
      return read.run();
    } catch (SQLException e) {
      throw new AuditUnavailableException("the audit tables cannot be read: " + e.getSQLState());
    }
  }
}
