package io.qgate.audit.cli;

import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/** Where the trail lives: flags first, then {@code QGATE_DB_*}, then the dev stack's database. */
final class DatabaseOptions {

  /** The database {@code ./qgate up} starts. */
  static final String DEFAULT_URL = "jdbc:postgresql://localhost:15432/qgate";

  static final String DEFAULT_USER = "postgres";
  static final String DEFAULT_PASSWORD = "postgres";

  /** Seconds to wait for a connection before giving up (exit 3). */
  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      description = "JDBC URL of the database (default: $QGATE_DB_URL, else " + DEFAULT_URL + ").")
  String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user (default: $QGATE_DB_USER, else " + DEFAULT_USER + ").")
  String user;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "Database password (default: $QGATE_DB_PASSWORD, else the dev stack's).")
  String password;

  String url(Map<String, String> environment) {
    return firstOf(url, environment.get("QGATE_DB_URL"), DEFAULT_URL);
  }

  String user(Map<String, String> environment) {
    return firstOf(user, environment.get("QGATE_DB_USER"), DEFAULT_USER);
  }

  String password(Map<String, String> environment) {
    return firstOf(password, environment.get("QGATE_DB_PASSWORD"), DEFAULT_PASSWORD);
  }

  /**
   * A data source for the resolved settings.
   *
   * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL
   */
  DataSource dataSource(Map<String, String> environment) {
    String jdbcUrl = url(environment);
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), was '"
              + withoutParameters(jdbcUrl)
              + "'");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setUrl(jdbcUrl);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--db-url is not a valid PostgreSQL JDBC URL: '" + withoutParameters(jdbcUrl) + "'");
    }
    dataSource.setUser(user(environment));
    dataSource.setPassword(password(environment));
    dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
    dataSource.setApplicationName("qgate audit verify");
    dataSource.setReadOnly(true);
    return dataSource;
  }

  /** The URL as it may be shown: without its parameters, which can carry a password. */
  static String withoutParameters(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }

  private static String firstOf(String flag, String environment, String fallback) {
    if (flag != null) {
      return flag;
    }
    return environment == null || environment.isBlank() ? fallback : environment;
  }
}
