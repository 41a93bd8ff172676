package io.qgate.platform.domain.telemetry;

/** A decrypted payload that is not in its domain's wire format; the message says what is wrong. */
public class MalformedReadingException extends RuntimeException {

  public MalformedReadingException(String message) {
    super(message);
  }
}
