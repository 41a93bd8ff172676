package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.vault.application.KeyLifecycleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The key-encryption keys on the platform key API: which wrap what, and the rewrap command. */
@Path("key-vault/kek")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "key vault")
public class KekResource {

  @Inject KeyLifecycleService lifecycle;
  @Context SecurityContext security;

  @GET
  @Allowed(Permission.MANAGE_NETWORK)
  public KekView.Inventory inventory() {
    return KekView.Inventory.of(lifecycle.kekInventory());
  }

  /** Rewraps everything not under the current KEK (no body). */
  @POST
  @Path("rewrap")
  @Allowed(Permission.MANAGE_NETWORK)
  public KekView.Rewrap rewrap() {
    return KekView.Rewrap.of(lifecycle.rewrap(Caller.name(security)));
  }
}
