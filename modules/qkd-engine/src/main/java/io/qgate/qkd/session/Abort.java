package io.qgate.qkd.session;

/**
 * Why a session stopped without emitting key.
 *
 * @param code a stable identifier for tools
 * @param reason one line for people
 */
public record Abort(Code code, String reason) {

  /** The causes a session can abort for. */
  public enum Code {
    QBER_ABOVE_THRESHOLD,
    NO_BELL_VIOLATION,
    VERIFICATION_FAILED,
    NOT_ENOUGH_KEY,
    AUTHENTICATION_FAILED
  }
}
