package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.vault.application.KeyActivity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key rotation and key events for the console's keys view: metadata, never key material. */
@Path("key-vault")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "key vault")
public class KeyActivityResource {

  static final int MAX_SIZE = 200;
  private static final int DEFAULT_SIZE = 50;

  @Inject KeyActivity activity;
  @Context SecurityContext security;

  @GET
  @Path("master-keys")
  @Operation(
      summary = "The newest telemetry master keys of the caller's tenants: rotation at a glance",
      description =
          "Newest first: id, gateway SAE, tenant, domain, key class, when issued. A gateway draws a"
              + " new one when its policy's max key age or message count is reached.")
  @APIResponse(responseCode = "200", description = "the keys' metadata")
  @APIResponse(responseCode = "400", description = "size outside 1-200")
  @Allowed(Permission.VIEW)
  public List<MasterKeyView> masterKeys(
      @Parameter(description = "how many, 1-200; default 50") @QueryParam("size") String size) {
    return activity.masterKeys(SignedIn.operator(security).scope(), size(size)).stream()
        .map(MasterKeyView::of)
        .toList();
  }

  @GET
  @Path("events")
  @Operation(
      summary =
          "The newest key events of the last day in the caller's tenants and the shared network",
      description =
          "From the audit trail: issuance decisions, deliveries, relays, expiries, revocations,"
              + " quarantines, KEK rewraps (tenant SHARED) and telemetry key releases;"
              + " newest first.")
  @APIResponse(responseCode = "200", description = "the events, as the audit trail holds them")
  @APIResponse(responseCode = "400", description = "size outside 1-200")
  @Allowed(Permission.VIEW)
  public List<KeyEventView> events(
      @Parameter(description = "how many, 1-200; default 50") @QueryParam("size") String size) {
    return activity.events(SignedIn.operator(security).scope(), size(size)).stream()
        .map(KeyEventView::of)
        .toList();
  }

  private static int size(String size) {
    return Objects.requireNonNullElse(
        QueryParams.intInRange(size, 1, MAX_SIZE, "size"), DEFAULT_SIZE);
  }
}
