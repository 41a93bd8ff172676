package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.vault.domain.EtsiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The ETSI GS QKD 014 Error object for an {@link EtsiException} that reaches a JAX-RS resource (the
 * vault's store refuses with one while PostgreSQL is unreachable); {@link EtsiKeyServlet} answers
 * its own.
 */
@Provider
public class EtsiErrorMapper implements ExceptionMapper<EtsiException> {

  @Override
  public Response toResponse(EtsiException exception) {
    return Response.status(exception.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EtsiReplies.error(exception.getMessage(), exception.details()))
        .build();
  }
}
