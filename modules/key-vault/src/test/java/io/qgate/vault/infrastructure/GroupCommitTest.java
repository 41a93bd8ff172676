package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.vault.infrastructure.GroupCommit.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests queue while a batch runs and go together into the next, at most maxBatch at a time. */
class GroupCommitTest {

  private final ExecutorService clients = Executors.newCachedThreadPool();
  private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstBatchStarted = new CountDownLatch(1);
  private final CountDownLatch releaseFirstBatch = new CountDownLatch(1);

  @AfterEach
  void stop() {
    clients.shutdownNow();
  }

  /** Answers n with n * 10, refuses negative requests, and holds the first batch until released. */
  private List<Outcome<Integer>> run(List<Integer> requests) {
    batches.add(requests);
    if (batches.size() == 1) {
      firstBatchStarted.countDown();
      await(releaseFirstBatch);
    }
    if (requests.contains(0)) {
      throw new IllegalStateException("the database is down");
    }
    List<Outcome<Integer>> outcomes = new ArrayList<>();
    for (int request : requests) {
      outcomes.add(
          request < 0
              ? Outcome.failed(new IllegalArgumentException("refused " + request))
              : Outcome.of(request * 10));
    }
    return outcomes;
  }

  @Test
  void requestsThatArriveDuringABatchRunTogetherInTheNextAtMostMaxBatchAtATime() throws Exception {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(4, this::run);
    List<Future<Integer>> answers = new ArrayList<>();
    answers.add(clients.submit(() -> commits.submit(1)));
    await(firstBatchStarted);
    for (int i = 2; i <= 7; i++) {
      int request = i;
      answers.add(clients.submit(() -> commits.submit(request)));
    }
    awaitQueued(commits, 6);
    releaseFirstBatch.countDown();
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
    }
    assertThat(batches).hasSize(3);
    assertThat(batches.get(0)).containsExactly(1);
    assertThat(batches.get(1)).hasSize(4);
    assertThat(batches.get(2)).hasSize(2);
  }

  @Test
  void aRefusalIsItsRequestersAloneAndAFailedBatchFailsOnlyItsOwnRequests() throws Exception {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(64, this::run);
    Future<Integer> first = clients.submit(() -> commits.submit(1));
    await(firstBatchStarted);
    Future<Integer> refused = clients.submit(() -> commits.submit(-2));
    Future<Integer> served = clients.submit(() -> commits.submit(3));
    awaitQueued(commits, 2);
    releaseFirstBatch.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
    assertThat(served.get(10, TimeUnit.SECONDS)).isEqualTo(30);
    assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refused -2");

    assertThatThrownBy(() -> commits.submit(0)).hasMessage("the database is down");
    assertThat(commits.submit(4)).isEqualTo(40);
  }

  private void awaitQueued(GroupCommit<Integer, Integer> commits, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (commits.queued() < n) {
      assertThat(System.nanoTime()).as(n + " requests queued").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
