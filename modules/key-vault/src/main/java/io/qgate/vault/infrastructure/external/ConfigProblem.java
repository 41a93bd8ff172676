package io.qgate.vault.infrastructure.external;

/** An invalid field of the external-KMEs file; the message starts with the field's path. */
final class ConfigProblem extends RuntimeException {

  ConfigProblem(String field, String message) {
    super(field + ": " + message, null, false, false);
  }
}
