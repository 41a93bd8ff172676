package io.qgate.platform.infrastructure.persistence;

import java.util.Optional;

/** Whether the schema is up to date, and if not, why. */
public record MigrationState(boolean applied, String schemaVersion, String problem) {

  static MigrationState applied(Optional<String> version) {
    return new MigrationState(true, version.orElse("none"), null);
  }

  static MigrationState pending(String problem) {
    return new MigrationState(false, null, problem);
  }
}
