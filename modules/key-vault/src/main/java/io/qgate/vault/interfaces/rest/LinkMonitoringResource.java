package io.qgate.vault.interfaces.rest;

import io.qgate.network.application.LinkService;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.RequiredFields;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.vault.application.LinkOperationsService;
import io.qgate.vault.domain.monitoring.AttackKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live monitoring of the network's links for the console: health, time series, simulated
 * eavesdroppers, clearing a compromise. Served by the key vault, which runs the links, under the
 * network's path (the network module must not depend on the vault).
 */
@Path("network/links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "link monitoring")
public class LinkMonitoringResource {

  @Inject LinkOperationsService service;
  @Inject LinkService links;
  @Context SecurityContext security;

  @GET
  @Path("{id}/health")
  @Operation(summary = "The link's state (RUNNING, COMPROMISED, ...), last window and eavesdropper")
  @APIResponse(responseCode = "200", description = "the link's health")
  @APIResponse(responseCode = "404", description = "no such link")
  @Allowed(Permission.VIEW)
  public LinkHealthView health(@PathParam("id") String id) {
    requireVisible(id);
    return LinkHealthView.of(service.health(id));
  }

  @GET
  @Path("{id}/telemetry")
  @Operation(
      summary = "The link's QBER, sifted and secret key rates and pool level over time",
      description =
          "Means over buckets of `step` seconds (the pool level and status are the bucket's last);"
              + " at most 10,000 points. Samples are kept QGATE_VAULT_TELEMETRY_RETENTION_HOURS.")
  @APIResponse(responseCode = "200", description = "the time series, oldest first")
  @APIResponse(
      responseCode = "400",
      description =
          "from/to not ISO-8601 instants, from not before to, step outside 1-86400 s, too many points")
  @APIResponse(responseCode = "404", description = "no such link")
  @Allowed(Permission.VIEW)
  public TelemetryView telemetry(
      @PathParam("id") String id,
      @Parameter(description = "ISO-8601 instant; default: an hour before `to`") @QueryParam("from")
          String from,
      @Parameter(description = "ISO-8601 instant, exclusive; default: now") @QueryParam("to")
          String to,
      @Parameter(description = "bucket length in seconds, 1-86400; default 1") @QueryParam("step")
          String step) {
    var range = TelemetryView.range(from, to, QueryParamsStep.seconds(step));
    requireVisible(id);
    return TelemetryView.of(id, range, service.telemetry(id, range));
  }

  @POST
  @Path("{id}/eavesdropper")
  @Operation(
      summary =
          "Attach a simulated eavesdropper to a simulated link (administrators; a demonstration)",
      description =
          "{\"attack\":\"INTERCEPT_RESEND\",\"fraction\":0.3} or {\"attack\":\"PNS\"}. Replaces an"
              + " attached one. Audited as EAVESDROPPER_ATTACHED.")
  @APIResponse(responseCode = "200", description = "the link's health")
  @APIResponse(
      responseCode = "400",
      description =
          "unknown attack, fraction missing or outside (0, 1], PNS with a fraction or on an E91 link")
  @APIResponse(responseCode = "404", description = "no such link")
  @APIResponse(
      responseCode = "409",
      description =
          "the link is served by external QKD hardware, or is a CV-QKD link the vault does not simulate")
  @Allowed(Permission.MANAGE_NETWORK)
  public LinkHealthView attach(
      @PathParam("id") String id, @NotNull @Valid EavesdropperRequest body) {
    RequiredFields.require(body.attack(), "attack");
    AttackKind kind = QueryParams.enumValue(AttackKind.class, body.attack(), "attack");
    if (kind == AttackKind.PNS && body.fraction() != null) {
      throw new InvalidInputException(
          "fraction", "PNS takes no fraction: Eve splits every multi-photon pulse");
    }
    return LinkHealthView.of(service.attach(id, kind, body.fraction(), Caller.name(security)));
  }

  @DELETE
  @Path("{id}/eavesdropper")
  @Operation(
      summary = "Detach the link's simulated eavesdropper (audited as EAVESDROPPER_DETACHED)")
  @APIResponse(responseCode = "200", description = "the link's health")
  @APIResponse(responseCode = "404", description = "no such link, or no eavesdropper attached")
  @Allowed(Permission.MANAGE_NETWORK)
  public LinkHealthView detach(@PathParam("id") String id) {
    return LinkHealthView.of(service.detach(id, Caller.name(security)));
  }

  @POST
  @Path("{id}/clear")
  @Operation(
      summary = "Clear a compromised link: keys may come from it again (operators)",
      description =
          "{\"reason\": \"...\"}. A LINK_USE decision of the network policy on the link's last QBER,"
              + " then audited as LINK_CLEARED. With the eavesdropper still attached the next window"
              + " marks the link compromised again.")
  @APIResponse(responseCode = "200", description = "the link's health")
  @APIResponse(responseCode = "400", description = "reason missing or longer than 500 characters")
  @APIResponse(responseCode = "403", description = "the network policy forbids the link's QBER")
  @APIResponse(responseCode = "404", description = "no such link")
  @APIResponse(responseCode = "409", description = "the link is not compromised")
  @Allowed(Permission.MANAGE_KEYS)
  public LinkHealthView clear(@PathParam("id") String id, @NotNull @Valid ReasonRequest body) {
    return LinkHealthView.of(service.clear(id, body.reason().strip(), Caller.name(security)));
  }

  /** 403 for a link of another tenant's node, 404 for none (the link registry's answers). */
  private void requireVisible(String id) {
    links.get(id, SignedIn.operator(security).scope());
  }
}
