package io.qgate.devstack.cli;

import io.qgate.devstack.pki.TlsServerOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of {@code up}, read from QGATE_* environment variables. An external PostgreSQL or
 * Kafka replaces the embedded one when its variable is set.
 */
record LauncherSettings(
    Optional<String> externalDbUrl,
    String dbUser,
    String dbPassword,
    int embeddedDbPort,
    Optional<String> externalKafkaBootstrap,
    int embeddedKafkaPort,
    int httpPort,
    int httpsPort,
    Optional<String> externalOidcIssuer,
    int keycloakPort,
    Duration startTimeout) {

  static final int DEFAULT_EMBEDDED_DB_PORT = 15432; // clear of a system PostgreSQL on 5432
  static final int DEFAULT_EMBEDDED_KAFKA_PORT = 9092;
  static final int DEFAULT_HTTP_PORT = 8080;
  static final int DEFAULT_HTTPS_PORT = TlsServerOptions.DEFAULT_HTTPS_PORT;
  static final int DEFAULT_KEYCLOAK_PORT = 8180;
  static final int DEFAULT_START_TIMEOUT_SECONDS = 240;

  /**
   * @throws CliException (bad usage) if a number-valued variable holds something else
   */
  static LauncherSettings fromEnvironment(Map<String, String> env) {
    LauncherSettings settings =
        new LauncherSettings(
            nonBlank(env, "QGATE_DB_URL"),
            nonBlank(env, "QGATE_DB_USER").orElse("postgres"),
            env.getOrDefault("QGATE_DB_PASSWORD", ""),
            port(env, "QGATE_EMBEDDED_DB_PORT", DEFAULT_EMBEDDED_DB_PORT),
            nonBlank(env, "QGATE_KAFKA_BOOTSTRAP"),
            port(env, "QGATE_EMBEDDED_KAFKA_PORT", DEFAULT_EMBEDDED_KAFKA_PORT),
            port(env, "QGATE_HTTP_PORT", DEFAULT_HTTP_PORT),
            port(env, "QGATE_HTTPS_PORT", DEFAULT_HTTPS_PORT),
            nonBlank(env, "QGATE_OIDC_ISSUER").map(LauncherSettings::withoutTrailingSlash),
            port(env, "QGATE_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT),
            Duration.ofSeconds(
                positive(env, "QGATE_START_TIMEOUT_SECONDS", DEFAULT_START_TIMEOUT_SECONDS)));
    if (settings.httpPort() == settings.httpsPort()) {
      throw CliException.badUsage(
          "QGATE_HTTP_PORT and QGATE_HTTPS_PORT must differ, both are " + settings.httpPort());
    }
    if (settings.externalOidcIssuer().isEmpty()
        && (settings.keycloakPort() == settings.httpPort()
            || settings.keycloakPort() == settings.httpsPort())) {
      throw CliException.badUsage(
          "QGATE_KEYCLOAK_PORT must differ from QGATE_HTTP_PORT and QGATE_HTTPS_PORT, got "
              + settings.keycloakPort());
    }
    return settings;
  }

  /** QGATE_HTTP_PORT alone, for commands that only talk to a running platform. */
  static int httpPort(Map<String, String> env) {
    return port(env, "QGATE_HTTP_PORT", DEFAULT_HTTP_PORT);
  }

  /** For the log: never the password. */
  @Override
  public String toString() {
    return "db="
        + externalDbUrl.orElse("embedded:" + embeddedDbPort)
        + ", kafka="
        + externalKafkaBootstrap.orElse("embedded:" + embeddedKafkaPort)
        + ", http="
        + httpPort
        + ", https="
        + httpsPort
        + ", oidc="
        + externalOidcIssuer.orElse("embedded:" + keycloakPort)
        + ", startTimeout="
        + startTimeout.toSeconds()
        + "s";
  }

  private static String withoutTrailingSlash(String issuer) {
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  private static Optional<String> nonBlank(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    int value = integer(env, name, fallback);
    if (value < 1 || value > 65535) {
      throw CliException.badUsage(name + " must be a TCP port (1-65535), got " + value);
    }
    return value;
  }

  private static int positive(Map<String, String> env, String name, int fallback) {
    int value = integer(env, name, fallback);
    if (value < 1) {
      throw CliException.badUsage(name + " must be a positive number, got " + value);
    }
    return value;
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    Optional<String> raw = nonBlank(env, name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw CliException.badUsage(name + " must be a number, got '" + raw.get() + "'");
    }
  }
}
