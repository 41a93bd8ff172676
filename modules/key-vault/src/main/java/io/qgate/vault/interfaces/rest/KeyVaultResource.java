package io.qgate.vault.interfaces.rest;

import io.qgate.network.application.LinkService;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.vault.application.PoolService;
import io.qgate.vault.application.SaeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's key API (not ETSI): SAE registration and the links' key pools. */
@Path("key-vault")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "key vault")
public class KeyVaultResource {

  @Inject SaeService saes;
  @Inject PoolService pools;
  @Inject LinkService links;
  @Context SecurityContext security;

  @GET
  @Path("saes")
  @Allowed(Permission.VIEW)
  public List<SaeView> saes() {
    return saes.all(SignedIn.operator(security).scope()).stream().map(SaeView::of).toList();
  }

  @POST
  @Path("saes")
  @Allowed(Permission.MANAGE_NETWORK)
  public Response register(@NotNull @Valid SaeRequest body, @Context UriInfo uri) {
    var sae =
        saes.register(body.saeId(), body.nodeId().strip(), body.roleSet(), Caller.name(security));
    return Response.created(uri.getAbsolutePathBuilder().path(sae.id()).build())
        .entity(SaeView.of(sae))
        .build();
  }

  @GET
  @Path("pools")
  @Allowed(Permission.VIEW)
  public List<PoolView> pools() {
    TenantScope scope = SignedIn.operator(security).scope();
    return pools.levels().stream()
        .filter(level -> scope == TenantScope.ALL || links.visible(level.linkId(), scope))
        .map(PoolView::of)
        .toList();
  }
}
