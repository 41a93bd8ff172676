package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.infrastructure.KeyReservations.Request;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Group commit for enc_keys over direct links. While one batch of requests is in the database, the
 * requests that arrive wait; when it commits, one of them takes all that queued meanwhile into the
 * next batch — one transaction, one statement per link to take the blocks, one to record the keys,
 * one WAL flush — instead of one of each per request. No answer leaves before its batch committed,
 * so a key is still told to its requester only once it is durably reserved; a crash loses at most
 * the keys of the requests in flight, never re-issues one. Blocks stay locked with {@code FOR
 * UPDATE SKIP LOCKED}, so batches of other instances take disjoint blocks as single requests did. A
 * batch a pool cannot serve wholly gives everything back and its requests run one by one, so each
 * that one pool can serve is served, and each that it cannot takes nothing.
 */
final class ReservationBatches {

  /** At most this many requests per transaction; more wait for the next. */
  static final int MAX_REQUESTS = 64;

  private final DataSource dataSource;
  private final KeyReservations reservations;
  private final Function<SQLException, RuntimeException> unavailable;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition batchCommitted = lock.newCondition();
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean batchRunning;

  ReservationBatches(
      DataSource dataSource,
      KeyReservations reservations,
      Function<SQLException, RuntimeException> unavailable) {
    this.dataSource = dataSource;
    this.reservations = reservations;
    this.unavailable = unavailable;
  }

  /** The request's keys, reserved in whichever batch took it; its failure alone otherwise. */
  List<IssuedKey> reserve(Request request) {
    Pending mine = new Pending(request);
    lock.lock();
    try {
      queue.add(mine);
      while (!mine.done) {
        if (batchRunning) {
          batchCommitted.awaitUninterruptibly();
          continue;
        }
        // No batch in the database: this thread runs the next one, which holds its own request.
        batchRunning = true;
        List<Pending> batch = new ArrayList<>();
        while (!queue.isEmpty() && batch.size() < MAX_REQUESTS) {
          batch.add(queue.poll());
        }
        lock.unlock();
        try {
          run(batch);
        } finally {
          lock.lock();
          batch.forEach(pending -> pending.done = true);
          batchRunning = false;
          batchCommitted.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.keys;
  }

  private void run(List<Pending> batch) {
    if (batch.size() == 1) {
      runAlone(batch.get(0));
      return;
    }
    List<Request> requests = batch.stream().map(pending -> pending.request).toList();
    try {
      List<List<IssuedKey>> keys =
          Sql.transaction(dataSource, c -> reservations.reserveAll(c, requests), unavailable);
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).keys = keys.get(i);
      }
    } catch (PoolTooSmallException together) {
      batch.forEach(this::runAlone);
    } catch (RuntimeException e) {
      batch.forEach(pending -> pending.failure = e);
    }
  }

  private void runAlone(Pending pending) {
    try {
      pending.keys =
          Sql.transaction(dataSource, c -> reservations.reserve(c, pending.request), unavailable);
    } catch (RuntimeException e) {
      pending.failure = e;
    }
  }

  /** A request in the queue or in a batch; its outcome is read under the lock once done. */
  private static final class Pending {
    final Request request;
    List<IssuedKey> keys;
    RuntimeException failure;
    boolean done;

    Pending(Request request) {
      this.request = request;
    }
  }
}
