package io.qgate.telemetry.vault;

/** The {@code detail} of a problem document the vault answered with, for error messages. */
final class ProblemDetail {

  private ProblemDetail() {}

  static String of(String body) {
    try {
      return JsonField.string(body, "detail");
    } catch (VaultAccessException notAProblem) {
      return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
  }
}
