package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * enc_keys group commit on a real PostgreSQL: requests that arrive while a batch is in the database
 * are reserved together by the next one, and a batch one pool cannot serve whole still serves, one
 * by one, every request that fits. A lock on {@code vault_key} holds the first batch in the
 * database (its insert waits) until the others have queued.
 */
class EtsiGroupCommitDatabaseTest {

  private static final KeyOrder ONE_KEY = new KeyOrder(1, 256, KeyClass.QKD);
  private static TestPostgres postgres;
  private static Path kekFile;

  private String url;
  private JdbcKeyStore store;
  private final List<Thread> clients = new ArrayList<>();
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task);
            clients.add(thread);
            return thread;
          });

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("batches");
    kekFile = Files.createTempDirectory("qgate-kek").resolve("kek");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    url = TwoNodeVault.newDatabase(postgres);
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    // dec_keys on sessions that plan generically, as the platform runs it.
    store =
        new JdbcKeyStore(
            postgres.asApp(url),
            DecKeysSessions.generic(postgres, url),
            ring,
            1L << 24,
            Duration.ofHours(1));
  }

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void requestsThatQueueBehindABatchAreReservedTogetherByTheNext() throws Exception {
    TwoNodeVault.deposit(store, 64);
    List<Future<List<IssuedKey>>> answers = new ArrayList<>();
    try (Connection holder = postgres.connectAsOwner(url)) {
      holdKeyInserts(holder);
      answers.add(pool.submit(() -> reserve(ONE_KEY)));
      awaitLockWaits("WITH reserved AS%", 1);
      for (int i = 0; i < 15; i++) {
        answers.add(pool.submit(() -> reserve(ONE_KEY)));
      }
      awaitQueued(15);
      holder.commit();
    }
    Set<UUID> ids = new HashSet<>();
    for (Future<List<IssuedKey>> answer : answers) {
      List<IssuedKey> keys = answer.get(30, TimeUnit.SECONDS);
      assertThat(keys).hasSize(1);
      ids.add(keys.get(0).keyId());
    }
    assertThat(ids).hasSize(16);
    // One statement took the first request's block, one the fifteen that queued behind it.
    assertThat(count("SELECT count(*) FROM vault_pool_change WHERE bits < 0")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM vault_key_slave WHERE slave_sae = 'sae-b'"))
        .isEqualTo(16);
    assertThat(store.level("l-ab").storedBits()).isEqualTo(48 * 256);
  }

  @Test
  void aBatchThePoolCannotServeWholeServesEachRequestThatFitsAndNoOther() throws Exception {
    TwoNodeVault.deposit(store, 5);
    KeyOrder twoKeys = new KeyOrder(2, 256, KeyClass.QKD);
    Future<List<IssuedKey>> first;
    List<Future<List<IssuedKey>>> queued = new ArrayList<>();
    try (Connection holder = postgres.connectAsOwner(url)) {
      holdKeyInserts(holder);
      first = pool.submit(() -> reserve(ONE_KEY));
      awaitLockWaits("WITH reserved AS%", 1);
      for (int i = 0; i < 3; i++) {
        queued.add(pool.submit(() -> reserve(twoKeys))); // 6 blocks together; 4 are left
      }
      awaitQueued(3);
      holder.commit();
    }
    assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(1);
    int served = 0;
    List<String> refusals = new ArrayList<>();
    for (Future<List<IssuedKey>> answer : queued) {
      try {
        assertThat(answer.get(30, TimeUnit.SECONDS)).hasSize(2);
        served++;
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(EtsiException.class);
        assertThat(((EtsiException) e.getCause()).status()).isEqualTo(503);
        refusals.add(e.getCause().getMessage());
      }
    }
    assertThat(served).isEqualTo(2);
    assertThat(refusals)
        .singleElement()
        .asString()
        .contains("holds too little key for 2 keys of 256 bits");
    assertThat(store.level("l-ab").storedBits()).isZero();
    assertThat(count("SELECT count(*) FROM vault_key")).isEqualTo(5);
  }

  @Test
  void deliveriesThatQueueBehindABatchAreServedTogetherEachWithItsOwnAnswer() throws Exception {
    TwoNodeVault.deposit(store, 8);
    List<IssuedKey> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      keys.addAll(reserve(ONE_KEY));
    }
    UUID first = keys.get(0).keyId();
    UUID second = keys.get(1).keyId();
    UUID third = keys.get(2).keyId();
    Future<List<IssuedKey>> held;
    List<Future<List<IssuedKey>>> queued = new ArrayList<>();
    try (Connection holder = postgres.connectAsOwner(url)) {
      holder.setAutoCommit(false);
      try (Statement sql = holder.createStatement()) {
        sql.execute("SELECT 1 FROM vault_key WHERE key_id = '" + first + "' FOR UPDATE");
      }
      held = pool.submit(() -> deliver(first));
      awaitLockWaits("SELECT key_id, master_sae%", 1);
      // In this order: a key, the same key again, a key nobody reserved, another key.
      for (UUID id : List.of(second, second, UUID.randomUUID(), third)) {
        queued.add(pool.submit(() -> deliver(id)));
        awaitQueued(queued.size());
      }
      holder.commit();
    }
    assertThat(held.get(30, TimeUnit.SECONDS)).extracting(IssuedKey::keyId).containsExactly(first);
    assertThat(queued.get(0).get(30, TimeUnit.SECONDS))
        .singleElement()
        .satisfies(key -> assertThat(key.material()).isEqualTo(keys.get(1).material()));
    assertThat(failureOf(queued.get(1))).contains("already delivered");
    assertThat(failureOf(queued.get(2))).contains("is unknown");
    assertThat(queued.get(3).get(30, TimeUnit.SECONDS))
        .extracting(IssuedKey::keyId)
        .containsExactly(third);
    assertThat(count("SELECT count(*) FROM vault_key WHERE state = 'CONSUMED'")).isEqualTo(3);
    // Each batch marks its deliveries in one transaction (now() is the transaction's start).
    assertThat(count("SELECT count(DISTINCT delivered_at) FROM vault_key_slave")).isEqualTo(2);
  }

  @Test
  void sourcesAskedForTogetherAreAnsweredEachForItsOwnKeys() throws Exception {
    TwoNodeVault.deposit(store, 4);
    UUID qkd = reserve(ONE_KEY).get(0).keyId();
    UUID hybrid =
        store
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.HYBRID),
                (keyId, distilled) -> new byte[32])
            .get(0)
            .keyId();
    Future<KeySources> held;
    List<Future<KeySources>> queued = new ArrayList<>();
    try (Connection holder = postgres.connectAsOwner(url)) {
      holder.setAutoCommit(false);
      try (Statement sql = holder.createStatement()) {
        sql.execute("LOCK TABLE vault_key IN ACCESS EXCLUSIVE MODE");
      }
      held = pool.submit(() -> store.sourcesOf(List.of(qkd)));
      awaitLockWaits("SELECT key_id, key_class%", 1);
      for (List<UUID> ids : List.of(List.of(hybrid), List.of(qkd, hybrid, UUID.randomUUID()))) {
        queued.add(pool.submit(() -> store.sourcesOf(ids)));
        awaitQueued(queued.size());
      }
      holder.commit();
    }
    assertThat(held.get(30, TimeUnit.SECONDS).classes()).containsExactly(KeyClass.QKD);
    assertThat(queued.get(0).get(30, TimeUnit.SECONDS).classes()).containsExactly(KeyClass.HYBRID);
    KeySources both = queued.get(1).get(30, TimeUnit.SECONDS);
    assertThat(both.classes()).containsExactlyInAnyOrder(KeyClass.QKD, KeyClass.HYBRID);
    assertThat(both.sourceLinks()).containsExactly("l-ab");
  }

  private List<IssuedKey> deliver(UUID keyId) {
    return store.deliver("sae-a", "sae-b", List.of(keyId));
  }

  private static String failureOf(Future<?> answer) throws Exception {
    try {
      answer.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(EtsiException.class);
      assertThat(((EtsiException) e.getCause()).status()).isEqualTo(400);
      return e.getCause().getMessage();
    }
    throw new AssertionError("the request was served");
  }

  private List<IssuedKey> reserve(KeyOrder order) {
    return store.reserve("l-ab", "sae-a", List.of("sae-b"), order, KeyDerivation.AS_DISTILLED);
  }

  /** Keeps every insert into vault_key waiting until {@code holder} commits. */
  private static void holdKeyInserts(Connection holder) throws Exception {
    holder.setAutoCommit(false);
    try (Statement sql = holder.createStatement()) {
      sql.execute("LOCK TABLE vault_key IN SHARE MODE");
    }
  }

  /** Until {@code n} statements that start like {@code queryPattern} wait for a lock. */
  private void awaitLockWaits(String queryPattern, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (count(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND query LIKE '"
                + queryPattern
                + "'")
        < n) {
      assertThat(System.nanoTime()).as("the batch waits for the lock").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** Until {@code n} client threads wait for a batch, seen twice 100 ms apart. */
  private void awaitQueued(int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int stable = 0;
    while (stable < 2) {
      assertThat(System.nanoTime()).as(n + " requests queued").isLessThan(deadline);
      Thread.sleep(100);
      long waiting = clients.stream().filter(t -> t.getState() == Thread.State.WAITING).count();
      stable = waiting == n ? stable + 1 : 0;
    }
  }

  private long count(String query) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
