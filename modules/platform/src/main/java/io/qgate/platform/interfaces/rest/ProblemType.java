package io.qgate.platform.interfaces.rest;

import java.util.Optional;

/** The kinds of problem the REST API reports, each with its status and a stable URN. */
public enum ProblemType {
  VALIDATION_FAILED(400, "Invalid input"),
  MALFORMED_REQUEST(400, "Malformed request"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  SERVICE_UNAVAILABLE(503, "Service unavailable"),
  INTERNAL_ERROR(500, "Internal error");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  /** The problem type for an HTTP status, or empty when only the status itself is known. */
  public static Optional<ProblemType> forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != VALIDATION_FAILED) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String urn() {
    return "urn:qgate:problem:" + name().toLowerCase().replace('_', '-');
  }
}
