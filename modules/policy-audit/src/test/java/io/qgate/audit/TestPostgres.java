package io.qgate.audit;

import io.qgate.devstack.EmbeddedDatabase;
import io.qgate.devstack.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for one test class: every {@link #newDatabase} is a fresh database migrated by
 * the platform's Flyway scripts as the owner ({@code postgres}), which the tests then use as the
 * application role {@value #APP_ROLE}, as the platform does.
 */
public final class TestPostgres implements AutoCloseable {

  public static final String OWNER = "postgres";
  public static final String APP_ROLE = "qgate_app";

  private final EmbeddedDatabase server;
  private final int port;
  private final Path dataDirectory;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(EmbeddedDatabase server, int port, Path dataDirectory) {
    this.server = server;
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  /** Starts a server with a data directory of its own, deleted again by {@link #close}. */
  public static TestPostgres start(String name) throws SQLException {
    Path dataDirectory =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "qgate-db-test-" + ProcessHandle.current().pid() + "-" + name);
    deleteRecursively(dataDirectory);
    int port = Ports.anyFree(); // parallel builds' test JVMs must not collide
    EmbeddedDatabase server = EmbeddedDatabase.startScratch(dataDirectory, port);
    TestPostgres postgres = new TestPostgres(server, port, dataDirectory);
    try (Connection connection = server.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD 'x'");
    } catch (SQLException | RuntimeException e) {
      postgres.close();
      throw e;
    }
    return postgres;
  }

  /** Creates and migrates a new database; returns its JDBC URL. */
  public String newDatabase() throws SQLException {
    return newDatabaseAt("latest");
  }

  /**
   * Creates a new database migrated up to {@code version} (e.g. "12"), for testing what a later
   * migration does to existing rows; {@link #migrate} applies the rest.
   */
  public String newDatabaseAt(String version) throws SQLException {
    String name = "test_" + databases.incrementAndGet();
    try (Connection connection = server.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE DATABASE " + name);
    }
    String url = urlOf(name);
    flyway(url).target(version).load().migrate();
    return url;
  }

  /** Applies every pending migration to the database at {@code url}. */
  public void migrate(String url) {
    flyway(url).load().migrate();
  }

  private FluentConfiguration flyway(String url) {
    return Flyway.configure()
        .dataSource(url, OWNER, server.password())
        .locations("classpath:db/migration")
        .placeholders(Map.of("seedDemo", "false", "appRole", APP_ROLE));
  }

  /** The JDBC URL of database {@code name} on this server. */
  public String urlOf(String name) {
    return "jdbc:postgresql://localhost:" + port + "/" + name;
  }

  public DataSource asApp(String url) {
    return dataSource(url, APP_ROLE, "x");
  }

  public DataSource asOwner(String url) {
    return dataSource(url, OWNER, server.password());
  }

  public Connection connectAsOwner(String url) throws SQLException {
    return DriverManager.getConnection(url, OWNER, server.password());
  }

  /**
   * Runs {@code statements} as the owner with the append-only triggers (and foreign keys) off, as a
   * superuser can: what someone with full access to the database could do to the trail.
   */
  public void tamper(String url, String... statements) throws SQLException {
    try (Connection connection = connectAsOwner(url);
        Statement sql = connection.createStatement()) {
      sql.execute("SET session_replication_role = replica");
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      deleteRecursively(dataDirectory);
    }
  }

  private static DataSource dataSource(String url, String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + directory, e);
    }
  }
}
