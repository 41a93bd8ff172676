package io.qgate.devstack.cli;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import io.qgate.devstack.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where ./qgate keeps its runtime state: everything under {@code <home>/.qgate/}. */
final class StateLayout {

  private final Path home;
  private final Path root;

  StateLayout(Path home) {
    this.home = home;
    this.root = home.resolve(".qgate");
  }

  Path root() {
    return root;
  }

  Path postgresData() {
    return root.resolve("data/postgres");
  }

  Path kafkaData() {
    return root.resolve("data/kafka");
  }

  /**
   * The embedded Keycloak: the unpacked distribution, and in {@code data/} its dev database (the
   * realm, sessions and anything changed in the admin console). Wiped by {@code --fresh}, so the
   * realm file is imported again.
   */
  Path keycloak() {
    return root.resolve("keycloak");
  }

  Path keycloakLog() {
    return logs().resolve("keycloak.log");
  }

  Path payaraRoot() {
    return root.resolve("payara");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path payaraLog() {
    return logs().resolve("payara.log");
  }

  /** Log of {@code up}: the launcher itself, Kafka and PostgreSQL. */
  Path upLog() {
    return logs().resolve("devstack.log");
  }

  /**
   * Log of {@code down} and {@code status}: separate from {@link #upLog()}, which a running {@code
   * up} holds open.
   */
  Path cliLog() {
    return logs().resolve("devstack-cli.log");
  }

  /**
   * The dev PKI: CA, KME server and SAE client certificates (see {@link
   * io.qgate.devstack.pki.DevPki}), and the audit signing key. Kept by {@code --fresh}.
   */
  Path pki() {
    return root.resolve("pki");
  }

  /** The Ed25519 key that signs audit checkpoints (the platform creates it on first start). */
  Path auditSigningKey() {
    return pki().resolve("audit-signing-key.pem");
  }

  /** The key vault's key-encryption keys (the platform creates the file on first start). */
  Path kekFile() {
    return pki().resolve("kek");
  }

  Path pidFile() {
    return root.resolve("run/qgate.pid");
  }

  Path lockFile() {
    return root.resolve("run/qgate.lock");
  }

  Path endpointsFile() {
    return root.resolve("run/endpoints.properties");
  }

  /** {@code path} relative to the repository root, as the user sees it from there. */
  String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
  }

  void createDirectories() {
    for (Path dir :
        List.of(postgresData(), kafkaData(), payaraRoot(), logs(), pidFile().getParent())) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create " + dir, e);
      }
    }
  }

  /**
   * Empties Payara Micro's root directory. Payara remembers deployed applications there and, on the
   * next boot, loads the old WAR before deploying the new one: /health/ready then answers 200 for
   * the old application and fails while the new one replaces it.
   */
  void resetPayaraRoot() {
    deleteRecursively(payaraRoot());
    createDirectories();
  }

  /**
   * Keeps the previous run's server log as payara.log.1, so that payara.log holds only this run's
   * JSON records and a reader (jq, the boot watch) never meets an older format.
   */
  void rotatePayaraLog() {
    Path log = payaraLog();
    if (Files.exists(log)) {
      try {
        Files.move(log, log.resolveSibling(log.getFileName() + ".1"), REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot rotate " + log, e);
      }
    }
  }

  /**
   * Deletes data, logs, the Payara root and Keycloak's data (its unpacked distribution is kept, it
   * is not state). Other entries are kept: run/ holds the lock of the launcher doing the wipe, and
   * a dev PKI (say) is not state of a run.
   */
  void wipe() {
    for (Path dir :
        List.of(root.resolve("data"), logs(), payaraRoot(), keycloak().resolve("data"))) {
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) {
    try {
      Directories.deleteRecursively(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + dir, e);
    }
  }
}
