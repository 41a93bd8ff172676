package io.qgate.vault.interfaces.rest;

import io.qgate.network.application.LinkService;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.vault.application.LinkOperationsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The health of every link the caller may see in one call, so that the console's first view needs
 * one request rather than one per link.
 */
@Path("network/link-health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "link monitoring")
public class LinkHealthListResource {

  @Inject LinkOperationsService service;
  @Inject LinkService links;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "The health of every link the caller may see, ordered by link id",
      description =
          "The links of GET /network/links (both end nodes in the caller's tenants), all of them,"
              + " each as GET /network/links/{id}/health answers it: a link no runner has reported"
              + " on yet is IDLE. Not paged: one database query answers for all of them.")
  @APIResponse(responseCode = "200", description = "one health per visible link")
  @Allowed(Permission.VIEW)
  public List<LinkHealthView> list() {
    return service.health(links.visibleIds(SignedIn.operator(security).scope())).stream()
        .map(LinkHealthView::of)
        .toList();
  }
}
