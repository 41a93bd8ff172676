package io.qgate.pipeline.interfaces.rest;

import io.qgate.pipeline.application.IngestService;
import io.qgate.pipeline.domain.IngestReceipt;
import io.qgate.platform.interfaces.rest.access.ClientCertificate;
import io.qgate.vault.interfaces.rest.etsi.CallerSae;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A device posts a reading, in its domain's wire format, over mutual TLS (HTTPS 8443): the device
 * is the client certificate's CN, never a field of the request. Its domain's edge gateway seals the
 * reading under the device's key and writes it to Kafka; 202 once Kafka has it.
 */
@Path("telemetry/readings")
@RequestScoped
@Tag(name = "Telemetry")
@ClientCertificate
public class IngestResource {

  @Inject IngestService ingest;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(byte[] reading) {
    String device = CallerSae.of(request); // the certificate's CN: here a device id
    if (device == null) {
      throw new NotAuthorizedException(
          "Devices post readings with a client certificate (mutual TLS on the ETSI port)", "mTLS");
    }
    IngestReceipt receipt = ingest.ingest(device, reading);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deviceId", device);
    json.put("topic", receipt.topic());
    json.put("partition", receipt.partition());
    json.put("offset", receipt.offset());
    json.put("receivedAt", receipt.receivedAt().toString());
    return Response.accepted(json).build();
  }
}
