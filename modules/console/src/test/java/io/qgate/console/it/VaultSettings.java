package io.qgate.console.it;

import java.nio.file.Path;
import java.util.List;

/**
 * The key-vault settings every platform instance of the integration tests shares: one KEK file (so
 * what one instance wraps the other unwraps), fast-filling pools, a small pool capacity.
 * Arquillian's instance gets the same values through arquillian.xml.
 */
final class VaultSettings {

  private VaultSettings() {}

  static Path work() {
    return Path.of(System.getProperty("qgate.it.work", "target/it-work")).toAbsolutePath();
  }

  static List<String> jvmArguments() {
    return List.of(
        "-Dqgate.kek.file=" + work().resolve("kek"),
        "-Dqgate.vault.time-acceleration=20",
        "-Dqgate.vault.pool-capacity-bits=2097152");
  }
}
