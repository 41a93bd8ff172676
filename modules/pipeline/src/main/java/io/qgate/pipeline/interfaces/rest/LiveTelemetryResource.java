package io.qgate.pipeline.interfaces.rest;

import io.qgate.pipeline.application.LiveTelemetryReads;
import io.qgate.pipeline.domain.LiveReading;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Decrypted telemetry for people watching live: the last minute this instance consumed, one reading
 * a device a second. The domain's policy decides who reads it (403 otherwise) and what is audited.
 */
@Path("telemetry/live/{domain}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry")
public class LiveTelemetryResource {

  @Inject LiveTelemetryReads reads;
  @Context SecurityContext security;

  @GET
  @Allowed(Permission.VIEW)
  @Operation(
      summary =
          "The newest decrypted reading of each device of a domain (grid, health, industrial)",
      description =
          "403 if the caller's roles are not among the domain policy's readers or the domain is"
              + " another tenant's; 404 for an unknown domain or one this instance does not"
              + " consume.")
  public List<LiveReading> latest(@PathParam("domain") String domain) {
    return reads.latest(SignedIn.operator(security), domain);
  }

  @GET
  @Path("{deviceId}")
  @Allowed(Permission.VIEW)
  @Operation(summary = "The last minute of one device's decrypted readings, oldest first")
  public List<LiveReading> device(
      @PathParam("domain") String domain, @PathParam("deviceId") String deviceId) {
    return reads.device(SignedIn.operator(security), domain, deviceId);
  }
}
