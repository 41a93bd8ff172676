package io.qgate.platform.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON the endpoint reads (syntax error, wrong type, unknown enum value).
 * The parser's message names the position and expected type, never the request's values beyond
 * that, so it is safe to return.
 */
@Provider
public class MalformedRequestExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemDocument.of(ProblemType.MALFORMED_REQUEST, describe(exception)).toResponse();
  }

  static String describe(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause instanceof JsonbException && cause.getCause() == null) {
        break;
      }
    }
    String reason = cause.getMessage() == null ? "unreadable body" : cause.getMessage();
    return "The request body is not valid JSON for this endpoint: " + firstLine(reason);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
