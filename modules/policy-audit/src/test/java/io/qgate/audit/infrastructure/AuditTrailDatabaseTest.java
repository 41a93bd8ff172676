package io.qgate.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.domain.AuditChainVerifier;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.AuditUnavailableException;
import io.qgate.audit.domain.ChainBreak;
import io.qgate.audit.domain.ChainBreak.Kind;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.Ed25519;
import io.qgate.audit.domain.VerificationReport;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trail in a real PostgreSQL, migrated by the platform's scripts and written as the application
 * role: concurrent appenders extend one chain, the application role cannot change it, the owner is
 * stopped by the triggers, and a superuser who goes around them is caught.
 */
class AuditTrailDatabaseTest {

  private static final int ROWS = 20;
  private static final String RANDOM_HASH =
      "decode(md5(random()::text) || md5(random()::text), 'hex')";

  private static TestPostgres postgres;

  @BeforeAll
  static void startPostgres() throws SQLException {
    postgres = TestPostgres.start("database");
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  // --- (a) group commit from many threads and two instances
  // ---------------------------------------

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void thirtyTwoThreadsOnTwoInstancesExtendOneContiguousChain() throws Exception {
    String url = postgres.newDatabase();
    int threads = 32;
    int perThread = 200;
    AtomicLong[] committed = {new AtomicLong(), new AtomicLong()};
    // Two data sources and two appenders: two platform instances on one database.
    List<GroupCommitAppender> appenders = new ArrayList<>();
    for (int instance = 0; instance < 2; instance++) {
      AtomicLong count = committed[instance];
      appenders.add(
          new GroupCommitAppender(
              new JdbcAuditStore(postgres.asApp(url)),
              Thread::new,
              256,
              batch -> count.addAndGet(batch.size())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<List<AuditRecord>> written;
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<AuditRecord>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        GroupCommitAppender appender = appenders.get(thread % 2);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<AuditRecord> mine = new ArrayList<>(perThread);
                  for (int n = 0; n < perThread; n++) {
                    mine.add(
                        appender.append(
                            event("thread-" + thread, n, AuditOutcome.ALLOWED),
                            Duration.ofSeconds(60)));
                  }
                  return mine;
                }));
      }
      start.countDown();
      written = new ArrayList<>();
      for (Future<List<AuditRecord>> future : futures) {
        written.add(future.get(150, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      appenders.forEach(GroupCommitAppender::close);
    }

    long total = (long) threads * perThread;
    assertThat(committed[0].get()).isEqualTo(total / 2);
    assertThat(committed[1].get()).isEqualTo(total / 2);
    // Every caller got its own row, in the order it appended.
    assertThat(written.stream().flatMap(List::stream).map(AuditRecord::seq).sorted())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    for (List<AuditRecord> mine : written) {
      assertThat(mine).extracting(AuditRecord::seq).isSorted();
    }

    Map<Long, String> hashBySeq = new HashMap<>();
    written.stream().flatMap(List::stream).forEach(r -> hashBySeq.put(r.seq(), r.hashHex()));
    List<Long> scanned = new ArrayList<>();
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    AuditChainVerifier verifier = new AuditChainVerifier(List.of(), Map.of(), Optional.empty());
    store.scan(
        AuditQuery.all(),
        row -> {
          scanned.add(row.seq());
          assertThat(row.hashHex()).isEqualTo(hashBySeq.get(row.seq()));
          return verifier.accept(row);
        });
    VerificationReport report = verifier.finish();

    assertThat(report.firstBreak()).isEmpty();
    assertThat(report.rowsChecked()).isEqualTo(total);
    assertThat(report.lastSeq()).isEqualTo(total);
    assertThat(scanned)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(store.head()).get().extracting(AuditRecord::seq).isEqualTo(total);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void submittedEventsAreStoredWithoutTheCallerWaitingAndInOrder() throws Exception {
    String url = postgres.newDatabase();
    List<CompletableFuture<AuditRecord>> submitted = new ArrayList<>();
    try (GroupCommitAppender appender =
        new GroupCommitAppender(
            new JdbcAuditStore(postgres.asApp(url)), Thread::new, 256, batch -> {})) {
      for (int n = 0; n < 500; n++) {
        submitted.add(appender.submit(event("submitter", n, AuditOutcome.RECORDED)));
      }
      for (CompletableFuture<AuditRecord> stored : submitted) {
        stored.get(30, TimeUnit.SECONDS);
      }
    }

    assertThat(submitted.stream().map(CompletableFuture::join).map(AuditRecord::seq))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 500).boxed().toList());
    assertThat(new JdbcAuditStore(postgres.asApp(url)).head())
        .get()
        .extracting(AuditRecord::seq)
        .isEqualTo(500L);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void recentGivesTheNewestRowsOfTheTypesAndTenantsAskedSinceTheTimeAsked() throws Exception {
    String url = postgres.newDatabase();
    List<AuditEvent> events =
        List.of(
            AuditEvent.now(
                "UTILITY", AuditEventType.KEY_ISSUANCE, "a", "k1", AuditOutcome.ALLOWED, Map.of()),
            AuditEvent.now(
                "HOSPITAL",
                AuditEventType.KEY_DELIVERED,
                "b",
                "k2",
                AuditOutcome.RECORDED,
                Map.of()),
            AuditEvent.now(
                "UTILITY",
                AuditEventType.POLICY_CHANGED,
                "c",
                "p",
                AuditOutcome.RECORDED,
                Map.of()),
            AuditEvent.now(
                "UTILITY", AuditEventType.KEY_REVOKED, "d", "k3", AuditOutcome.RECORDED, Map.of()),
            AuditEvent.now(
                "SHARED",
                AuditEventType.KEK_REWRAPPED,
                "e",
                "kek-2",
                AuditOutcome.RECORDED,
                Map.of()));
    try (GroupCommitAppender appender =
        new GroupCommitAppender(
            new JdbcAuditStore(postgres.asApp(url)), Thread::new, 256, batch -> {})) {
      for (AuditEvent event : events) {
        appender.submit(event).get(30, TimeUnit.SECONDS);
      }
    }
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    Set<AuditEventType> keyTypes =
        Set.of(
            AuditEventType.KEY_ISSUANCE,
            AuditEventType.KEY_DELIVERED,
            AuditEventType.KEY_REVOKED,
            AuditEventType.KEK_REWRAPPED);
    Instant anHourAgo = Instant.now().minusSeconds(3_600);

    assertThat(store.recent(keyTypes, Set.of("UTILITY"), anHourAgo, 10))
        .extracting(r -> r.event().subject())
        .containsExactly("k3", "k1");
    assertThat(store.recent(keyTypes, Set.of(), anHourAgo, 10))
        .extracting(r -> r.event().subject())
        .containsExactly("kek-2", "k3", "k2", "k1");
    assertThat(store.recent(keyTypes, Set.of(), anHourAgo, 2)).hasSize(2);
    assertThat(store.recent(keyTypes, Set.of(), Instant.now().plusSeconds(60), 10)).isEmpty();
  }

  @Test
  void aStoppedWriterRefusesSubmissions() {
    GroupCommitAppender appender =
        new GroupCommitAppender(
            new JdbcAuditStore(postgres.asApp(postgres.urlOf("postgres"))),
            Thread::new,
            256,
            batch -> {});
    appender.close();

    assertThatThrownBy(() -> appender.submit(event("late", 0, AuditOutcome.RECORDED)))
        .isInstanceOf(AuditUnavailableException.class)
        .hasMessageContaining("stopped");
  }

  @Test
  void aRowTheDatabaseRefusesIsReportedByItsSqlStateNotItsStatement() throws SQLException {
    String url = postgres.newDatabase();
    execute(postgres.asOwner(url), "REVOKE INSERT ON audit_event FROM " + TestPostgres.APP_ROLE);
    GroupCommitAppender appender =
        new GroupCommitAppender(
            new JdbcAuditStore(postgres.asApp(url)), Thread::new, 256, batch -> {});
    try {
      // pgjdbc quotes the statement and its values; the caller's 503 must not.
      assertThatThrownBy(
              () ->
                  appender.append(
                      event("refused-actor", 7, AuditOutcome.RECORDED), Duration.ofSeconds(30)))
          .isInstanceOf(AuditUnavailableException.class)
          .hasMessageContaining("SQLSTATE 42501")
          .hasMessageNotContaining("INSERT")
          .hasMessageNotContaining("refused-actor")
          .hasMessageNotContaining("Exception");
    } finally {
      appender.close();
    }
  }

  // --- (b) nobody changes the trail through the front door
  // ----------------------------------------

  @Test
  void theApplicationRoleMayOnlyReadAndAppend() throws SQLException {
    String url = postgres.newDatabase();
    appendEvents(url, 3);

    for (String change :
        List.of(
            "UPDATE audit_event SET actor = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "UPDATE audit_checkpoint SET seq = 1",
            "DELETE FROM audit_signing_key")) {
      assertThatThrownBy(() -> execute(postgres.asApp(url), change))
          .as(change)
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
          .hasMessageContaining("permission denied");
    }
    assertThat(count(url)).isEqualTo(3);
    assertThat(verify(url, Optional.empty()).intact()).isTrue();
  }

  @Test
  void theTriggersStopEvenTheOwner() throws SQLException {
    String url = postgres.newDatabase();
    appendEvents(url, 3);

    for (String change :
        List.of(
            "UPDATE audit_event SET actor = 'x' WHERE seq = 2",
            "DELETE FROM audit_event WHERE seq = 3",
            // Plain TRUNCATE audit_event already fails on audit_checkpoint's foreign key.
            "TRUNCATE audit_event CASCADE",
            "TRUNCATE audit_checkpoint")) {
      assertThatThrownBy(() -> execute(postgres.asOwner(url), change))
          .as(change)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("the audit trail is append-only");
    }
    assertThat(count(url)).isEqualTo(3);
    assertThat(verify(url, Optional.empty()).intact()).isTrue();
  }

  // --- (c) a superuser going around the triggers is caught
  // ----------------------------------------

  static Stream<Arguments> tamperings() {
    return Stream.of(
        tampering(
            "details of row 7 changed",
            Kind.ALTERED,
            7,
            "UPDATE audit_event SET details = '{\"keyClass\":\"PQC\",\"n\":6}' WHERE seq = 7"),
        tampering(
            "actor of row 12 changed",
            Kind.ALTERED,
            12,
            "UPDATE audit_event SET actor = 'mallory' WHERE seq = 12"),
        tampering(
            "time of the first row moved",
            Kind.ALTERED,
            1,
            "UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE seq = 1"),
        tampering(
            "decision of the last row flipped",
            Kind.ALTERED,
            ROWS,
            "UPDATE audit_event SET outcome = 'ALLOWED' WHERE seq = " + ROWS),
        tampering(
            "type of row 9 set to one qgate never writes",
            Kind.ALTERED,
            9,
            "UPDATE audit_event SET type = 'FORGED' WHERE seq = 9"),
        tampering("row 7 deleted", Kind.DELETED, 7, "DELETE FROM audit_event WHERE seq = 7"),
        tampering(
            "the first three rows deleted",
            Kind.DELETED,
            1,
            "DELETE FROM audit_event WHERE seq <= 3"),
        tampering(
            "forged row with made-up hashes after the last",
            Kind.INSERTED,
            ROWS + 1,
            forgedRow(RANDOM_HASH, RANDOM_HASH)),
        tampering(
            "forged row linked to the last, hash made up",
            Kind.ALTERED,
            ROWS + 1,
            forgedRow("(SELECT hash FROM audit_event WHERE seq = " + ROWS + ")", RANDOM_HASH)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void tamperingInSqlIsNamed(String sql, Kind kind, long seq) throws SQLException {
    String url = postgres.newDatabase();
    appendEvents(url, ROWS);
    assertThat(verify(url, Optional.empty()).intact()).isTrue();

    postgres.tamper(url, sql);

    VerificationReport report = verify(url, Optional.empty());
    assertThat(report.intact()).isFalse();
    assertThat(report.firstBreak()).get().extracting(ChainBreak::kind).isEqualTo(kind);
    assertThat(report.firstBreak()).get().extracting(ChainBreak::seq).isEqualTo(seq);
  }

  // --- (d) signed checkpoints
  // -----------------------------------------------------------------------

  @Test
  void aCheckpointVouchesForEveryRowUpToIt() throws Exception {
    String url = postgres.newDatabase();
    KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<AuditRecord> first = appendEvents(url, 12);
    appendEvents(url, 8);
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    assertThat(
            store.addCheckpoint(checkpoint(first.get(11), signer), signer.getPublic().getEncoded()))
        .isTrue();
    // A second signer (another instance) checkpointing the same row keeps the first checkpoint.
    assertThat(
            store.addCheckpoint(checkpoint(first.get(11), signer), signer.getPublic().getEncoded()))
        .isFalse();
    Set<String> pinned = Set.of(Ed25519.keyId(signer.getPublic().getEncoded()));

    VerificationReport report = verify(url, Optional.of(pinned));
    assertThat(report.firstBreak()).isEmpty();
    assertThat(report.rowsChecked()).isEqualTo(20);
    assertThat(report.checkpointsChecked()).isEqualTo(1);
    assertThat(report.lastCheckpointSeq()).isEqualTo(12);

    // Rows after the checkpoint are not vouched for: gone, they look not yet written.
    postgres.tamper(url, "DELETE FROM audit_event WHERE seq > 12");
    VerificationReport tailGone = verify(url, Optional.of(pinned));
    assertThat(tailGone.firstBreak()).isEmpty();
    assertThat(tailGone.lastSeq()).isEqualTo(12);
    assertThat(tailGone.lastCheckpointSeq()).isEqualTo(12);

    // Rows up to it are: the checkpoint names the first one missing.
    postgres.tamper(url, "DELETE FROM audit_event WHERE seq >= 10");
    VerificationReport intoCheckpoint = verify(url, Optional.of(pinned));
    assertThat(intoCheckpoint.firstBreak())
        .get()
        .extracting(ChainBreak::kind, ChainBreak::seq)
        .containsExactly(Kind.DELETED, 10L);
  }

  @Test
  void aChainRewrittenInSqlIsCaughtByItsCheckpoint() throws Exception {
    String url = postgres.newDatabase();
    KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<AuditRecord> rows = appendEvents(url, ROWS);
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    store.addCheckpoint(checkpoint(rows.get(14), signer), signer.getPublic().getEncoded());

    // Row 5 gets another actor; it and every row after it are re-hashed and re-linked.
    try (Connection connection = postgres.connectAsOwner(url);
        PreparedStatement rewrite =
            connection.prepareStatement(
                "UPDATE audit_event SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
      try (Statement sql = connection.createStatement()) {
        sql.execute("SET session_replication_role = replica");
      }
      byte[] previous = rows.get(3).hash();
      for (AuditRecord row : rows.subList(4, rows.size())) {
        AuditEvent event = row.seq() == 5 ? withActor(row.event(), "mallory") : row.event();
        AuditRecord rehashed = AuditRecord.chain(row.seq(), previous, event);
        rewrite.setString(1, event.actor());
        rewrite.setBytes(2, rehashed.prevHash());
        rewrite.setBytes(3, rehashed.hash());
        rewrite.setLong(4, row.seq());
        assertThat(rewrite.executeUpdate()).isEqualTo(1);
        previous = rehashed.hash();
      }
    }

    VerificationReport report = verify(url, Optional.empty());
    assertThat(report.firstBreak())
        .get()
        .extracting(ChainBreak::kind, ChainBreak::seq)
        .containsExactly(Kind.REWRITTEN, 15L);
    assertThat(report.rowsChecked()).isEqualTo(15);
  }

  @Test
  void aCheckpointSignedByAnotherKeyThanThePinnedOneDoesNotCount() throws Exception {
    String url = postgres.newDatabase();
    KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair auditorsKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<AuditRecord> rows = appendEvents(url, 5);
    new JdbcAuditStore(postgres.asApp(url))
        .addCheckpoint(checkpoint(rows.get(3), signer), signer.getPublic().getEncoded());

    VerificationReport report =
        verify(url, Optional.of(Set.of(Ed25519.keyId(auditorsKey.getPublic().getEncoded()))));

    assertThat(report.firstBreak())
        .get()
        .extracting(ChainBreak::kind, ChainBreak::seq)
        .containsExactly(Kind.BAD_SIGNATURE, 4L);
  }

  // --- helpers
  // --------------------------------------------------------------------------------------

  private static Arguments tampering(String name, Kind kind, long seq, String sql) {
    return Arguments.of(Named.of(name, sql), kind, seq);
  }

  private static String forgedRow(String prevHash, String hash) {
    return "INSERT INTO audit_event (seq, event_id, occurred_at, tenant, type, actor, subject,"
        + " outcome, details, prev_hash, hash) VALUES ("
        + (ROWS + 1)
        + ", gen_random_uuid(), now(), 'UTILITY', 'LOGIN', 'mallory', 'console', 'ALLOWED', '{}', "
        + prevHash
        + ", "
        + hash
        + ")";
  }

  /** Appends {@code count} events as the application role, in batches of up to 10. */
  private static List<AuditRecord> appendEvents(String url, int count) throws SQLException {
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    List<AuditRecord> written = new ArrayList<>();
    for (int from = 0; from < count; from += 10) {
      List<AuditEvent> events =
          IntStream.range(from, Math.min(count, from + 10))
              .mapToObj(n -> event("operator", n, AuditOutcome.DENIED))
              .toList();
      written.addAll(store.append(events));
    }
    return written;
  }

  /** What {@code ./qgate audit verify} does, as the application role. */
  private static VerificationReport verify(String url, Optional<Set<String>> trusted)
      throws SQLException {
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    AuditChainVerifier verifier =
        new AuditChainVerifier(store.checkpoints(), store.publicKeys(), trusted);
    try {
      store.scan(AuditQuery.all(), verifier::accept);
    } catch (JdbcAuditStore.UnreadableRowException e) {
      verifier.acceptUnreadable(e.seq(), e.reason());
    }
    return verifier.finish();
  }

  private static AuditEvent event(String actor, int n, AuditOutcome outcome) {
    return AuditEvent.now(
        "UTILITY",
        AuditEventType.KEY_ISSUANCE,
        actor,
        "key-" + n,
        outcome,
        Map.of("n", n, "keyClass", "QKD", "note", "quote \" and \\ and é"));
  }

  private static AuditEvent withActor(AuditEvent event, String actor) {
    return new AuditEvent(
        event.eventId(),
        event.occurredAt(),
        event.tenant(),
        event.type(),
        actor,
        event.subject(),
        event.outcome(),
        event.details());
  }

  private static Checkpoint checkpoint(AuditRecord row, KeyPair signer) {
    Instant signedAt = Instant.now();
    return new Checkpoint(
        row.seq(),
        row.hash(),
        signedAt,
        Ed25519.keyId(signer.getPublic().getEncoded()),
        Ed25519.sign(
            signer.getPrivate(), Checkpoint.signedContent(row.seq(), row.hash(), signedAt)));
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(String url) throws SQLException {
    try (Connection connection = postgres.connectAsOwner(url);
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT count(*) FROM audit_event")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
