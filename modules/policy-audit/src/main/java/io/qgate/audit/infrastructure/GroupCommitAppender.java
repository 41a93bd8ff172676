package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for the audit trail: callers hand events to one writer thread, which appends
 * whatever has queued up in one transaction and then releases every caller of the batch. One commit
 * (and one fsync) serves many events, which is what makes thousands of durable appends per second
 * possible while each caller still waits until its own event is stored.
 */
public final class GroupCommitAppender implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(GroupCommitAppender.class.getName());
  private static final int QUEUE_CAPACITY = 50_000;

  private final JdbcAuditStore store;
  private final int maxBatch;
  private final Consumer<List<AuditRecord>> onCommitted;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
  private final Thread writer;
  private volatile boolean running = true;

  private record Pending(AuditEvent event, CompletableFuture<AuditRecord> stored) {}

  /**
   * @param onCommitted receives each committed batch on the writer thread (e.g. to stream it to
   *     Kafka); it must not block for long and its failures do not affect the callers
   */
  public GroupCommitAppender(
      JdbcAuditStore store,
      ThreadFactory threads,
      int maxBatch,
      Consumer<List<AuditRecord>> onCommitted) {
    this.store = store;
    this.maxBatch = maxBatch;
    this.onCommitted = onCommitted;
    this.writer = threads.newThread(this::writeLoop);
    writer.setName("qgate-audit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Appends the event and waits until it is durable.
   *
   * @throws AuditUnavailableException if it is not stored within {@code timeout}, or cannot be
   */
  public AuditRecord append(AuditEvent event, Duration timeout) {
    CompletableFuture<AuditRecord> stored = submit(event);
    try {
      return stored.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AuditUnavailableException("not stored within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw new AuditUnavailableException(e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditUnavailableException("interrupted while waiting");
    }
  }

  /**
   * Queues the event for the next batch without waiting; the future completes once it is durable,
   * or exceptionally if it cannot be stored.
   *
   * @throws AuditUnavailableException if the writer is stopped or the queue is full
   */
  public CompletableFuture<AuditRecord> submit(AuditEvent event) {
    Pending pending = new Pending(event, new CompletableFuture<>());
    if (!running) {
      throw new AuditUnavailableException("the audit writer is stopped");
    }
    if (!queue.offer(pending)) {
      throw new AuditUnavailableException(QUEUE_CAPACITY + " events are already waiting");
    }
    return pending.stored();
  }

  @Override
  public void close() {
    running = false;
    writer.interrupt();
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("shutting down")));
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (running) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.forEach(
            p -> p.stored().completeExceptionally(new IllegalStateException("not written")));
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    try {
      complete(batch, store.append(batch.stream().map(Pending::event).toList()));
    } catch (SQLException | RuntimeException batchFailure) {
      // One event the database refuses must not fail the others: retry them one by one.
      LOG.log(
          Level.WARNING,
          "Audit batch of "
              + batch.size()
              + " failed, retrying singly: "
              + batchFailure.getMessage());
      for (Pending pending : batch) {
        try {
          complete(List.of(pending), store.append(List.of(pending.event())));
        } catch (SQLException | RuntimeException e) {
          LOG.log(Level.WARNING, "Audit event not stored: " + oneLine(e));
          pending.stored().completeExceptionally(new IllegalStateException(reason(e)));
        }
      }
    }
  }

  private void complete(List<Pending> batch, List<AuditRecord> records) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).stored().complete(records.get(i));
    }
    try {
      onCommitted.accept(records);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Audit events stored but not streamed: " + e.getMessage());
    }
  }

  /**
   * Why an event was not stored, as the refused caller is told: pgjdbc's messages quote the
   * statement and its values, which belong in the log, not in an HTTP answer.
   */
  private static String reason(Exception e) {
    if (e instanceof SQLException refused) {
      // A batch's own exception carries the server's error as its next one.
      SQLException cause =
          refused.getNextException() == null ? refused : refused.getNextException();
      return "the database refused the row, SQLSTATE " + cause.getSQLState();
    }
    return "the row was not written";
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
