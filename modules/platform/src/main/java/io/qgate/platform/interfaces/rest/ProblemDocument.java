package io.qgate.platform.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: every error the REST API returns has this shape.
 *
 * @param type a URN naming the kind of problem, stable for clients to branch on
 * @param errors the fields at fault, empty unless the input was invalid
 */
public record ProblemDocument(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid input field, named by its JSON path (e.g. {@code channel.lengthKm}). */
  public record FieldError(String field, String message) {}

  public static ProblemDocument of(ProblemType type, String detail) {
    return new ProblemDocument(type.urn(), type.title(), type.status(), detail, List.of());
  }

  /** For an HTTP status that has no problem type of its own. */
  public static ProblemDocument ofStatus(int status, String title, String detail) {
    return new ProblemDocument(
        "urn:qgate:problem:http-" + status, title, status, detail, List.of());
  }

  public static ProblemDocument invalid(String detail, List<FieldError> errors) {
    ProblemType type = ProblemType.VALIDATION_FAILED;
    return new ProblemDocument(type.urn(), type.title(), type.status(), detail, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  /** The response with one extra header (e.g. {@code WWW-Authenticate} on a 401). */
  public Response toResponseWith(String header, String value) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .header(header, value)
        .entity(this)
        .build();
  }
}
