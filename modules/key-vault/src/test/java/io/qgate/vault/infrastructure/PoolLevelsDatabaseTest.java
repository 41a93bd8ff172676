package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.PoolLevel;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pool levels kept by migration V13's triggers and {@link PoolLevels#fold} on a real PostgreSQL:
 * they always equal the sum over the blocks, whatever deposits, takes and folds run at once.
 */
class PoolLevelsDatabaseTest {

  private static final long CAPACITY = 1L << 24;
  private static TestPostgres postgres;
  private static KekRing ring;

  private String url;
  private DataSource app;
  private JdbcKeyStore store;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("pool-levels");
    ring =
        KekRing.load(Optional.of(Files.createTempDirectory("qgate-kek").resolve("kek")))
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    url = TwoNodeVault.newDatabase(postgres);
    app = postgres.asApp(url);
    store = new JdbcKeyStore(app, ring, CAPACITY, Duration.ofHours(1));
  }

  @Test
  void depositsAndTakesMoveTheLevelAtOnceAndFoldingChangesNothingButTheBookkeeping()
      throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    store.deposit("l-ab", 0.01, blocks(10));
    reserve("l-ab", 3);

    PoolLevel level = store.level("l-ab");
    assertThat(level.storedBits()).isEqualTo(7 * 256);
    assertThat(level.capacityBits()).isEqualTo(CAPACITY);
    assertThat(level.lastDeposit()).isAfter(before);

    assertThat(fold()).isEqualTo(2); // one change per statement and link: the deposit, the take
    assertThat(store.level("l-ab")).isEqualTo(level);
    assertThat(count("SELECT count(*) FROM vault_pool_change")).isZero();
    assertThat(fold()).isZero();
  }

  @Test
  void aLinkNeverFilledReadsEmptyAndLevelsComeInTheOrderAsked() throws Exception {
    store.deposit("l-b", 0.01, blocks(2));
    try (Connection connection = app.getConnection()) {
      List<PoolLevel> levels = PoolLevels.read(connection, List.of("l-z", "l-b"), CAPACITY);

      assertThat(levels).extracting(PoolLevel::linkId).containsExactly("l-z", "l-b");
      assertThat(levels.get(0).storedBits()).isZero();
      assertThat(levels.get(0).lastDeposit()).isNull();
      assertThat(levels.get(1).storedBits()).isEqualTo(512);
    }
  }

  @Test
  void rewrappingBlocksRecordsNoChangeAndQuarantineEmptiesThePool() throws Exception {
    store.deposit("l-ab", 0.01, blocks(4));
    fold();
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      sql.execute("UPDATE vault_pool_block SET kek_id = kek_id");
    }
    assertThat(count("SELECT count(*) FROM vault_pool_change")).isZero();

    store.quarantine("l-ab", null, q -> {});

    assertThat(store.level("l-ab").storedBits()).isZero();
  }

  @Test
  void whileOneInstanceFoldsAnotherSkipsAndLosesNothing() throws Exception {
    store.deposit("l-ab", 0.01, blocks(3));
    try (Connection other = app.getConnection()) {
      other.setAutoCommit(false);
      try (Statement folding = other.createStatement()) {
        folding.execute("SELECT pg_advisory_xact_lock(" + 0x7167617465L + ")");
        assertThat(fold()).isZero();
      }
      other.commit();
    }
    assertThat(fold()).isEqualTo(1);
    assertThat(store.level("l-ab").storedBits()).isEqualTo(3 * 256);
  }

  @Test
  void levelsEqualTheBlocksAfterConcurrentDepositsTakesAndFolds() throws Exception {
    store.deposit("l-ab", 0.01, blocks(400));
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < 6; t++) {
        done.add(
            threads.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      reserve("l-ab", 2);
                    } catch (EtsiException poolEmptyForNow) {
                      Thread.onSpinWait();
                    }
                  }
                  return null;
                }));
      }
      done.add(
          threads.submit(
              () -> {
                while (!stop.get()) {
                  store.deposit("l-ab", 0.01, blocks(5));
                }
                return null;
              }));
      done.add(
          threads.submit(
              () -> {
                while (!stop.get()) {
                  fold();
                }
                return null;
              }));
      Thread.sleep(3_000);
    } finally {
      stop.set(true);
      threads.shutdown();
    }
    for (Future<?> f : done) {
      f.get();
    }

    long blockBits = count("SELECT coalesce(sum(block_bits), 0) FROM vault_pool_block");
    assertThat(store.level("l-ab").storedBits()).isEqualTo(blockBits);
    fold();
    assertThat(store.level("l-ab").storedBits()).isEqualTo(blockBits);
  }

  @Test
  void theMigrationCountsThePoolsThatAlreadyHoldBlocks() throws Exception {
    String older = postgres.newDatabaseAt("12");
    try (Connection owner = postgres.connectAsOwner(older);
        Statement sql = owner.createStatement()) {
      sql.execute(
          "INSERT INTO vault_pool_block (block_id, link_id, block_bits, qber, kek_id, wrapped,"
              + " produced_at) SELECT gen_random_uuid(), 'l-' || (i % 2), 256, 0.01, 'k', '\\x00',"
              + " now() FROM generate_series(1, 5) AS i");
    }
    postgres.migrate(older);

    JdbcKeyStore migrated = new JdbcKeyStore(postgres.asApp(older), ring, CAPACITY, Duration.ZERO);
    assertThat(migrated.level("l-0").storedBits()).isEqualTo(2 * 256);
    assertThat(migrated.level("l-1").storedBits()).isEqualTo(3 * 256);
  }

  private void reserve(String link, int keys) {
    store.reserve(
        link,
        "sae-a",
        List.of("sae-b"),
        new KeyOrder(keys, 256, KeyClass.QKD),
        KeyDerivation.AS_DISTILLED);
  }

  private int fold() throws SQLException {
    try (Connection connection = app.getConnection()) {
      return PoolLevels.fold(connection);
    }
  }

  private long count(String query) throws SQLException {
    try (Connection connection = app.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<byte[]> blocks(int n) {
    List<byte[]> blocks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] block = new byte[32];
      block[0] = (byte) i;
      blocks.add(block);
    }
    return blocks;
  }
}
