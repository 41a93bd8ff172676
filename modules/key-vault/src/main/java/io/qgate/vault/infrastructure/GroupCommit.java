package io.qgate.vault.infrastructure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit of the ETSI hot paths: while one batch of requests is in the database, the requests
 * that arrive wait; when it is done, one of them (no extra thread) runs all that queued meanwhile
 * as the next batch, in one transaction (or one query, for reads) — so 64 concurrent clients cost a
 * few commits instead of 64. No caller returns before the batch holding its request is done, so no
 * answer leaves before its transaction committed.
 *
 * @param <R> a request
 * @param <T> what a request gets
 */
final class GroupCommit<R, T> {

  /** What one request of a batch got: its value, or the failure that is its alone. */
  record Outcome<T>(T value, RuntimeException failure) {

    static <T> Outcome<T> of(T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failed(RuntimeException failure) {
      return new Outcome<>(null, failure);
    }
  }

  /** At most this many ETSI requests share a transaction; more wait for the next. */
  static final int ETSI_MAX_BATCH = 64;

  private final int maxBatch;
  private final Function<List<R>, List<Outcome<T>>> batch;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition batchDone = lock.newCondition();
  private final ArrayDeque<Pending<R, T>> queue = new ArrayDeque<>();
  private boolean batchRunning;

  /**
   * @param maxBatch at most this many requests per batch; more wait for the next
   * @param batch runs a batch and answers each of its requests, in order
   */
  GroupCommit(int maxBatch, Function<List<R>, List<Outcome<T>>> batch) {
    this.maxBatch = maxBatch;
    this.batch = batch;
  }

  /** What {@code request} got in whichever batch ran it; its failure is thrown here. */
  T submit(R request) {
    Pending<R, T> mine = new Pending<>(request);
    lock.lock();
    try {
      queue.add(mine);
      while (mine.outcome == null) {
        if (batchRunning) {
          batchDone.awaitUninterruptibly();
          continue;
        }
        // No batch running: this thread runs the next one, which holds its own request.
        batchRunning = true;
        List<Pending<R, T>> next = new ArrayList<>();
        while (!queue.isEmpty() && next.size() < maxBatch) {
          next.add(queue.poll());
        }
        lock.unlock();
        List<Outcome<T>> outcomes;
        try {
          outcomes = run(next);
        } finally {
          lock.lock();
          batchRunning = false;
        }
        for (int i = 0; i < next.size(); i++) {
          next.get(i).outcome = outcomes.get(i);
        }
        batchDone.signalAll();
      }
    } finally {
      lock.unlock();
    }
    if (mine.outcome.failure() != null) {
      throw mine.outcome.failure();
    }
    return mine.outcome.value();
  }

  /** Requests waiting for a batch (not those in the running one). */
  int queued() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** The batch's outcomes; a failure of the batch as a whole is every request's. */
  private List<Outcome<T>> run(List<Pending<R, T>> next) {
    try {
      List<Outcome<T>> outcomes = batch.apply(next.stream().map(p -> p.request).toList());
      if (outcomes.size() != next.size()) {
        throw new IllegalStateException(
            outcomes.size() + " outcomes for a batch of " + next.size() + " requests");
      }
      return outcomes;
    } catch (RuntimeException | Error e) {
      RuntimeException failure =
          e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      return next.stream().map(p -> Outcome.<T>failed(failure)).toList();
    }
  }

  /** A request waiting in the queue or in a running batch; read and written under the lock. */
  private static final class Pending<R, T> {
    final R request;
    Outcome<T> outcome;

    Pending(R request) {
      this.request = request;
    }
  }
}
