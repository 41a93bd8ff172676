package io.qgate.platform.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by the JAX-RS runtime itself (unknown path, wrong method, media type). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String detail = status == 404 ? "No resource at this path" : exception.getMessage();
    return ProblemType.forStatus(status)
        .map(type -> ProblemDocument.of(type, detail))
        .orElseGet(
            () ->
                ProblemDocument.ofStatus(
                    status, exception.getResponse().getStatusInfo().getReasonPhrase(), detail))
        .toResponse();
  }
}
