package io.qgate.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries from io.zonky.test) with a persistent data directory, so data
 * survives a restart. Holds a database named {@value #DATABASE}.
 *
 * <p>No JVM shutdown hook is registered: callers close it (try-with-resources, or the launcher's
 * own hook, which must stop the application server first).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "qgate";

  /** The login role the platform uses; migrations grant it its privileges on each table. */
  public static final String APPLICATION_ROLE = "qgate_app";

  private static final String SUPERUSER = "postgres";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  /**
   * Starts PostgreSQL on {@code port} with its cluster in {@code dataDirectory}, running initdb
   * only if the directory holds no cluster yet, and creates database {@value #DATABASE} if absent.
   *
   * <p>Every commit is flushed to disk: this is the database of {@code ./qgate up}, holding the
   * audit trail.
   *
   * @throws PortInUseException if {@code port} is taken
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    return start(dataDirectory, port, true);
  }

  /**
   * As {@link #start(Path, int)}, but commits are not flushed to disk (zonky's defaults): for
   * throw-away test databases, where an operating-system crash does not matter and speed does.
   */
  public static EmbeddedDatabase startScratch(Path dataDirectory, int port) {
    return start(dataDirectory, port, false);
  }

  private static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      stopStaleServer(dataDirectory);
      Ports.requireFree(port, "PostgreSQL");
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setPGStartupWait(STARTUP_WAIT)
              .setRegisterShutdownHook(false);
      if (durable) {
        // zonky's defaults (-F, synchronous_commit=off) suit throw-away test databases only.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
      try {
        database.createDatabaseIfMissing();
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start PostgreSQL in " + dataDirectory, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  public String user() {
    return SUPERUSER;
  }

  /**
   * A placeholder the embedded cluster ignores (it trusts local connections). Not empty, because
   * MicroProfile Config treats an empty value as missing and the platform's data source would then
   * fail to resolve {@code qgate.db.password}.
   */
  public String password() {
    return "postgres";
  }

  public int port() {
    return port;
  }

  /** Opens a connection to database {@value #DATABASE}. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), password());
  }

  /**
   * Creates login role {@code role} if it does not exist, without privileges of its own: the
   * migrations grant it what the platform may do (and, for the audit trail, what it may not).
   */
  public void ensureApplicationRole(String role) {
    if (!role.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain role name: " + role);
    }
    try (Connection connection = connect();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      exists.setString(1, role);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        // The embedded cluster trusts local connections; the password only satisfies clients.
        create.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password() + "'");
        LOG.info("Created application role {}", role);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create role " + role, e);
    }
  }

  /** Stops the server (fast shutdown); later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port, e);
      }
    }
  }

  private void createDatabaseIfMissing() {
    String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, SUPERUSER, "");
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
        LOG.info("Created database {}", DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + DATABASE, e);
    }
  }

  /**
   * A launcher killed hard leaves its postmaster running (pg_ctl detaches it). It would hold the
   * port and the data directory, so stop it before starting a new one.
   */
  private static void stopStaleServer(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> stale = livePostmaster(dataDirectory);
    if (stale.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = stale.get();
    LOG.warn("Stopping PostgreSQL left over from an earlier run (pid {})", postmaster.pid());
    postmaster.destroy(); // SIGTERM: smart shutdown, enough once its clients are gone
    try {
      postmaster.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "PostgreSQL left over from an earlier run (pid "
              + postmaster.pid()
              + ") does not stop; kill it and retry");
    }
  }

  private static Optional<ProcessHandle> livePostmaster(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    // Guard against pid reuse: only a live process running postgres counts.
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
