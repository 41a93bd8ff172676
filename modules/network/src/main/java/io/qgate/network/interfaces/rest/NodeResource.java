package io.qgate.network.interfaces.rest;

import io.qgate.network.application.NodeService;
import io.qgate.network.domain.NodeRole;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.RequiredFields;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The nodes of the QKD network: core KMEs, edge gateways and trusted relays. */
@Path("network/nodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network")
public class NodeResource {

  @Inject NodeService service;
  @Context SecurityContext security;

  @GET
  @Allowed(Permission.VIEW)
  public Page<NodeView> list(
      @QueryParam("tenant") String tenant,
      @QueryParam("role") String role,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return service
        .list(
            SignedIn.operator(security)
                .scope()
                .narrowedTo(QueryParams.enumValue(Tenant.class, tenant, "tenant")),
            QueryParams.enumValue(NodeRole.class, role, "role"),
            QueryParams.page(page, size))
        .map(NodeView::of);
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.VIEW)
  public NodeView get(@PathParam("id") String id) {
    return NodeView.of(service.get(id, SignedIn.operator(security).scope()));
  }

  @POST
  @Allowed(Permission.MANAGE_NETWORK)
  public Response register(@NotNull @Valid NodeRequest body, @Context UriInfo uri) {
    RequiredFields.require(body.id(), "id");
    var node =
        service.register(
            body.id(),
            body.name().strip(),
            body.role(),
            body.tenant(),
            body.location().toLocation());
    return Response.created(uri.getAbsolutePathBuilder().path(node.id()).build())
        .entity(NodeView.of(node))
        .build();
  }

  @PUT
  @Path("{id}")
  @Allowed(Permission.MANAGE_NETWORK)
  public NodeView describe(@PathParam("id") String id, @NotNull @Valid NodeRequest body) {
    RequiredFields.require(body.version(), "version");
    return NodeView.of(
        service.describe(
            id,
            body.version(),
            body.name().strip(),
            body.role(),
            body.tenant(),
            body.location().toLocation()));
  }

  @DELETE
  @Path("{id}")
  @Allowed(Permission.MANAGE_NETWORK)
  public void retire(@PathParam("id") String id) {
    service.retire(id);
  }
}
