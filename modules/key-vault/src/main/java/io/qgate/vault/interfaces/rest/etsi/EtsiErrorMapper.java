package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.vault.domain.EtsiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** ETSI GS QKD 014 Error object ({@code message}, {@code details}) with the refusal's status. */
@Provider
public class EtsiErrorMapper implements ExceptionMapper<EtsiException> {

  @Override
  public Response toResponse(EtsiException exception) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", exception.getMessage());
    if (!exception.details().isEmpty()) {
      error.put("details", exception.details());
    }
    return Response.status(exception.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }
}
