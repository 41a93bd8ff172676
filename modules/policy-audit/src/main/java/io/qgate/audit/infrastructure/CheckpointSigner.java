package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditLedger;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.CheckpointSigning;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the head of the chain every {@code qgate.audit.checkpoint-interval-seconds} (if it moved),
 * on every instance; two instances signing the same row keep the first checkpoint.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CheckpointSigner implements CheckpointSigning {

  private static final Logger LOG = Logger.getLogger(CheckpointSigner.class.getName());

  @Inject AuditLedger ledger;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "qgate.audit.checkpoint-interval-seconds", defaultValue = "30")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "qgate.audit.signing-key-file")
  Optional<String> keyFile;

  private AuditSigningKey key;
  private ScheduledFuture<?> schedule;
  private volatile long lastSignedSeq;

  @PostConstruct
  void start() {
    key = AuditSigningKey.load(keyFile.filter(f -> !f.isBlank()).map(Path::of));
    LOG.info(() -> "Audit checkpoints signed with Ed25519 key " + key.keyId());
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::signQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  @Override
  public Optional<Checkpoint> signHead() {
    return ledger
        .head()
        .map(
            row -> {
              Checkpoint stored =
                  ledger.addCheckpoint(
                      key.sign(row.seq(), row.hash(), Instant.now()), key.publicKeyX509());
              lastSignedSeq = row.seq();
              return stored;
            });
  }

  @Override
  public byte[] publicKeyX509() {
    return key.publicKeyX509();
  }

  private void signQuietly() {
    try {
      Optional<AuditRecord> head = ledger.head();
      if (head.isPresent() && head.get().seq() > lastSignedSeq) {
        signHead();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Audit checkpoint not signed this time: " + e.getMessage());
    }
  }
}
