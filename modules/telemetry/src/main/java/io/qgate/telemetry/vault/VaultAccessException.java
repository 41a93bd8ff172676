package io.qgate.telemetry.vault;

/** The vault refused a key or could not be asked; the message says which and why. */
public class VaultAccessException extends RuntimeException {

  public VaultAccessException(String message) {
    super(message);
  }

  public VaultAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
