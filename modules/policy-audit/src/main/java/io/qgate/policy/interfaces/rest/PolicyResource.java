package io.qgate.policy.interfaces.rest;

import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.policy.application.PolicyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certification and audit policies per tenant and domain, with their full history. */
@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policy")
public class PolicyResource {

  @Inject PolicyService service;
  @Context SecurityContext security;

  @GET
  public List<PolicyView> inForce() {
    return service.inForce().stream().map(PolicyView::of).toList();
  }

  @GET
  @Path("{tenant}/{domain}")
  public PolicyView current(
      @PathParam("tenant") String tenant, @PathParam("domain") String domain) {
    return PolicyView.of(service.current(Scopes.of(tenant, domain)));
  }

  @GET
  @Path("{tenant}/{domain}/versions")
  public List<PolicyView> history(
      @PathParam("tenant") String tenant, @PathParam("domain") String domain) {
    return service.history(Scopes.of(tenant, domain)).stream().map(PolicyView::of).toList();
  }

  @GET
  @Path("{tenant}/{domain}/versions/{version}")
  public PolicyView revision(
      @PathParam("tenant") String tenant,
      @PathParam("domain") String domain,
      @PathParam("version") String version) {
    return PolicyView.of(service.revision(Scopes.of(tenant, domain), Versions.parse(version)));
  }

  /** Puts a new version in force; 409 if {@code version} is not the one in force. */
  @PUT
  @Path("{tenant}/{domain}")
  public PolicyView revise(
      @PathParam("tenant") String tenant,
      @PathParam("domain") String domain,
      @NotNull @Valid PolicyRequest body) {
    return PolicyView.of(
        service.revise(
            Scopes.of(tenant, domain),
            body.version(),
            body.toRules(),
            Caller.name(security),
            body.reason().strip()));
  }
}
