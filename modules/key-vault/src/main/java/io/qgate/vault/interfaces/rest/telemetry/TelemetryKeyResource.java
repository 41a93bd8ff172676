package io.qgate.vault.interfaces.rest.telemetry;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.interfaces.rest.access.ClientCertificate;
import io.qgate.vault.application.KmeDirectory;
import io.qgate.vault.application.TelemetryKeyService;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.MasterKeyGrant;
import io.qgate.vault.domain.telemetry.TelemetryReader;
import io.qgate.vault.interfaces.rest.etsi.CallerSae;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Telemetry master keys over mutual TLS (HTTPS 8443): a gateway SAE draws a new one, a reader SAE
 * (an integrator's consumer) fetches one by the id in a telemetry envelope. The SAE is the client
 * certificate's CN, as for ETSI GS QKD 014; without one, 401. Responses are never cached.
 */
@Path("telemetry/master-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry keys")
@ClientCertificate
public class TelemetryKeyResource {

  @Inject TelemetryKeyService service;
  @Inject KmeDirectory directory;
  @Context HttpServletRequest request;

  /** A new master key for the calling gateway SAE, with its policy's device-key limits. */
  @POST
  public Response issue() {
    MasterKeyGrant grant = service.issue(callerSae());
    try {
      return Response.status(Response.Status.CREATED)
          .header("Cache-Control", "no-store")
          .entity(MasterKeyView.of(grant))
          .build();
    } finally {
      grant.secret().destroy();
    }
  }

  /** The master key {@code keyId}, if the key's policy lets the calling SAE read its telemetry. */
  @GET
  @Path("{keyId}")
  public Response read(@PathParam("keyId") String keyId) {
    String saeId = callerSae();
    Sae sae =
        directory
            .sae(saeId)
            .orElseThrow(() -> new ForbiddenException("SAE " + saeId + " is not registered"));
    TelemetryReader reader =
        new TelemetryReader("sae:" + sae.id(), sae.tenant(), sae.roles(), false);
    MasterKeyCustody.Held held = service.read(uuid(keyId), reader);
    try {
      return Response.ok(MasterKeyView.of(held.key(), held.secret()))
          .header("Cache-Control", "no-store")
          .build();
    } finally {
      held.secret().destroy();
    }
  }

  private String callerSae() {
    String sae = CallerSae.of(request);
    if (sae == null) {
      throw new NotAuthorizedException(
          "Telemetry keys need a client certificate (mutual TLS on the ETSI port)", "mTLS");
    }
    return sae;
  }

  private static UUID uuid(String keyId) {
    try {
      return UUID.fromString(keyId);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("keyId", "'" + keyId + "' is not a UUID");
    }
  }
}
