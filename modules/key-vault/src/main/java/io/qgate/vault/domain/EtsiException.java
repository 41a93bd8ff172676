package io.qgate.vault.domain;

import java.util.List;
import java.util.Map;

/**
 * A refusal on the ETSI GS QKD 014 interface, answered with the standard's Error object ({@code
 * message}, {@code details}) and one of its status codes: 400, 401 or 503.
 */
public class EtsiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<Map<String, Object>> details;

  public EtsiException(int status, String message, List<Map<String, Object>> details) {
    super(message);
    this.status = status;
    this.details = List.copyOf(details);
  }

  public static EtsiException badRequest(String message) {
    return new EtsiException(400, message, List.of());
  }

  public static EtsiException badRequest(String message, String parameter, Object value) {
    return new EtsiException(
        400, message, List.of(Map.of("parameter", parameter, "value", String.valueOf(value))));
  }

  public static EtsiException unauthorized(String message) {
    return new EtsiException(401, message, List.of());
  }

  public static EtsiException unavailable(String message) {
    return new EtsiException(503, message, List.of());
  }

  public int status() {
    return status;
  }

  public List<Map<String, Object>> details() {
    return details;
  }
}
