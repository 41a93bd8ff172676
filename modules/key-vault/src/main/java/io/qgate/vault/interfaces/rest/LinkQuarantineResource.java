package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.vault.application.KeyLifecycleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vault's side of a link on the platform key API: quarantine what it produced. */
@Path("key-vault/links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "key vault")
public class LinkQuarantineResource {

  @Inject KeyLifecycleService lifecycle;
  @Context SecurityContext security;

  /** Erases every reserved key of the link and empties its pool; 404 for an unknown link. */
  @POST
  @Path("{linkId}/quarantine")
  @Allowed(Permission.MANAGE_KEYS)
  public QuarantineView quarantine(
      @PathParam("linkId") String linkId, @NotNull @Valid ReasonRequest body) {
    return QuarantineView.of(
        lifecycle.quarantine(linkId, body.reason().strip(), Caller.name(security)));
  }
}
