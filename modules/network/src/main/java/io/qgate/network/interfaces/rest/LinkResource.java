package io.qgate.network.interfaces.rest;

import io.qgate.network.application.LinkService;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
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

/** The QKD links between registered nodes. */
@Path("network/links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network")
public class LinkResource {

  @Inject LinkService service;
  @Context SecurityContext security;

  @GET
  @Allowed(Permission.VIEW)
  public Page<LinkView> list(
      @QueryParam("node") String nodeId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return service
        .list(nodeId, SignedIn.operator(security).scope(), QueryParams.page(page, size))
        .map(LinkView::of);
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.VIEW)
  public LinkView get(@PathParam("id") String id) {
    return LinkView.of(service.get(id, SignedIn.operator(security).scope()));
  }

  @POST
  @Allowed(Permission.MANAGE_NETWORK)
  public Response create(@NotNull @Valid LinkRequest body, @Context UriInfo uri) {
    RequiredFields.require(body.id(), "id");
    var link = service.create(body.id(), body.toDesign(), Caller.name(security));
    return Response.created(uri.getAbsolutePathBuilder().path(link.id()).build())
        .entity(LinkView.of(link))
        .build();
  }

  @PUT
  @Path("{id}")
  @Allowed(Permission.MANAGE_NETWORK)
  public LinkView redesign(@PathParam("id") String id, @NotNull @Valid LinkRequest body) {
    RequiredFields.require(body.version(), "version");
    return LinkView.of(
        service.redesign(id, body.version(), body.toDesign(), Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Allowed(Permission.MANAGE_NETWORK)
  public void remove(@PathParam("id") String id) {
    service.remove(id);
  }
}
