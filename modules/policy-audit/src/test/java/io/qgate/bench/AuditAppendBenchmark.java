package io.qgate.bench;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.audit.infrastructure.GroupCommitAppender;
import io.qgate.audit.infrastructure.JdbcAuditStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Durable audit appends per second through one {@link GroupCommitAppender}, the platform's path
 * ({@code PlatformAuditLedger}: one writer, batches of up to 512): 32 threads each append an event
 * and wait until it is committed, as 32 request threads of the platform would.
 *
 * <p>A real PostgreSQL (io.zonky.test embedded binaries, port {@value #PORT}, a temporary data
 * directory deleted at teardown) migrated with the platform's {@code db/migration}; the appender
 * connects as the application role {@code qgate_app}. The server is started here rather than
 * through devstack's {@code EmbeddedDatabase} so that {@code synchronous_commit} can be a
 * parameter: {@code on} (with {@code fsync=on}, both checked in setup) means an append returns only
 * after its commit is flushed to disk; {@code -p synchronousCommit=off} measures without waiting
 * for the flush, for comparison.
 *
 * <p>At teardown the whole chain is recomputed ({@link JdbcAuditStore#verify}) and the row count
 * compared with the appends that returned: a broken chain or a lost event fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(32)
public class AuditAppendBenchmark {

  static final int PORT = 25434;

  /** As PlatformAuditLedger.MAX_BATCH and the default qgate.audit.append-timeout-ms. */
  private static final int MAX_BATCH = 512;

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String APP_ROLE = "qgate_app";
  private static final String APP_PASSWORD = "bench";

  /** {@code on} (durable, PostgreSQL's default) or {@code off} (for comparison only). */
  @Param({"on"})
  public String synchronousCommit;

  private Path dataDirectory;
  private EmbeddedPostgres postgres;
  private ReusingDataSource dataSource;
  private JdbcAuditStore store;
  private GroupCommitAppender appender;
  private final LongAdder appended = new LongAdder();
  private final AtomicInteger threadIds = new AtomicInteger();

  /** Per-thread event content: an SAE of its own, numbering its keys. */
  @State(Scope.Thread)
  public static class Caller {
    String actor;
    long keys;

    @Setup
    public void name(AuditAppendBenchmark benchmark) {
      actor = "sae-" + benchmark.threadIds.incrementAndGet();
    }
  }

  @Setup(Level.Trial)
  public void start() throws SQLException, IOException {
    try {
      dataDirectory = Files.createTempDirectory("qgate-audit-bench-");
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory.resolve("postgres"))
              .setCleanDataDirectory(true)
              .setPort(PORT)
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky starts the server with -F (fsync off); a later -c wins: flush every commit.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", synchronousCommit)
              .start();
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (Connection owner = postgres.getPostgresDatabase().getConnection();
          Statement sql = owner.createStatement()) {
        sql.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + APP_ROLE
                + "') THEN CREATE ROLE "
                + APP_ROLE
                + " LOGIN PASSWORD '"
                + APP_PASSWORD
                + "'; END IF; END $$");
      }
      Flyway.configure()
          .dataSource(url, "postgres", "postgres")
          .locations("classpath:db/migration")
          .placeholders(Map.of("seedDemo", "false", "appRole", APP_ROLE))
          .load()
          .migrate();

      dataSource = new ReusingDataSource();
      dataSource.setURL(url);
      dataSource.setUser(APP_ROLE);
      dataSource.setPassword(APP_PASSWORD);
      requireSetting("fsync", "on");
      requireSetting("synchronous_commit", synchronousCommit);

      store = new JdbcAuditStore(dataSource);
      appender = new GroupCommitAppender(store, Thread::new, MAX_BATCH, records -> {});
    } catch (SQLException | IOException | RuntimeException e) {
      stop();
      throw e;
    }
  }

  @Benchmark
  public AuditRecord append(Caller caller) {
    AuditRecord stored =
        appender.append(
            AuditEvent.now(
                "UTILITY",
                AuditEventType.KEY_ISSUANCE,
                caller.actor,
                "key-" + caller.actor + "-" + caller.keys++,
                AuditOutcome.ALLOWED,
                Map.of("policyVersion", 1, "keyClass", "QKD", "link", "link-substation-7")),
            TIMEOUT);
    appended.increment();
    return stored;
  }

  @TearDown(Level.Trial)
  public void verifyAndStop() throws SQLException, IOException {
    try {
      appender.close();
      VerificationReport report = store.verify(Map.of());
      System.out.println();
      System.out.println(report.summary() + "; " + appended.sum() + " appends returned");
      if (!report.intact()) {
        throw new IllegalStateException(report.summary());
      }
      if (report.rowsChecked() != appended.sum()) {
        throw new IllegalStateException(
            report.rowsChecked() + " rows stored but " + appended.sum() + " appends returned");
      }
    } finally {
      stop();
    }
  }

  private void stop() throws SQLException, IOException {
    try {
      if (appender != null) {
        appender.close();
      }
      if (dataSource != null) {
        dataSource.closeAll();
      }
    } finally {
      try {
        if (postgres != null) {
          postgres.close();
        }
      } finally {
        deleteRecursively(dataDirectory);
      }
    }
  }

  private void requireSetting(String name, String expected) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet value = sql.executeQuery("SHOW " + name)) {
      value.next();
      if (!expected.equals(value.getString(1))) {
        throw new IllegalStateException(name + " is " + value.getString(1) + ", not " + expected);
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * Stands in for the application server's JDBC pool: a closed connection goes back to the idle
   * queue and is handed out again, so a batch costs a transaction, not a new PostgreSQL backend.
   */
  static final class ReusingDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

    private final transient BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

    @Override
    public Connection getConnection() throws SQLException {
      Connection physical = idle.poll();
      return lease(physical != null ? physical : super.getConnection());
    }

    void closeAll() throws SQLException {
      for (Connection physical = idle.poll(); physical != null; physical = idle.poll()) {
        physical.close();
      }
    }

    private Connection lease(Connection physical) {
      boolean[] returned = {false};
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, arguments) -> {
                switch (method.getName()) {
                  case "close":
                    if (!returned[0]) {
                      returned[0] = true;
                      idle.add(physical);
                    }
                    return null;
                  case "isClosed":
                    return returned[0] || physical.isClosed();
                  default:
                    if (returned[0]) {
                      throw new SQLException("connection already returned to the pool");
                    }
                    try {
                      return method.invoke(physical, arguments);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                }
              });
    }
  }
}
