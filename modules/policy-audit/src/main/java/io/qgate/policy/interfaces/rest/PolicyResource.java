package io.qgate.policy.interfaces.rest;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.policy.application.PolicyService;
import io.qgate.policy.domain.PolicyScope;
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
  @Allowed(Permission.VIEW)
  public List<PolicyView> inForce() {
    TenantScope visible = SignedIn.operator(security).scope();
    return service.inForce().stream()
        .filter(policy -> visible.includes(policy.scope().tenant()))
        .map(PolicyView::of)
        .toList();
  }

  @GET
  @Path("{tenant}/{domain}")
  @Allowed(Permission.VIEW)
  public PolicyView current(
      @PathParam("tenant") String tenant, @PathParam("domain") String domain) {
    return PolicyView.of(service.current(visible(tenant, domain)));
  }

  @GET
  @Path("{tenant}/{domain}/versions")
  @Allowed(Permission.VIEW)
  public List<PolicyView> history(
      @PathParam("tenant") String tenant, @PathParam("domain") String domain) {
    return service.history(visible(tenant, domain)).stream().map(PolicyView::of).toList();
  }

  @GET
  @Path("{tenant}/{domain}/versions/{version}")
  @Allowed(Permission.VIEW)
  public PolicyView revision(
      @PathParam("tenant") String tenant,
      @PathParam("domain") String domain,
      @PathParam("version") String version) {
    return PolicyView.of(service.revision(visible(tenant, domain), Versions.parse(version)));
  }

  /** Puts a new version in force; 409 if {@code version} is not the one in force. */
  @PUT
  @Path("{tenant}/{domain}")
  @Allowed(Permission.EDIT_POLICIES)
  public PolicyView revise(
      @PathParam("tenant") String tenant,
      @PathParam("domain") String domain,
      @NotNull @Valid PolicyRequest body) {
    return PolicyView.of(
        service.revise(
            visible(tenant, domain),
            body.version(),
            body.toRules(),
            Caller.name(security),
            body.reason().strip()));
  }

  /** The scope named in the path, if its tenant is the caller's (or SHARED); else 403. */
  private PolicyScope visible(String tenant, String domain) {
    PolicyScope scope = Scopes.of(tenant, domain);
    SignedIn.operator(security).requireSees(scope.tenant(), "its policies");
    return scope;
  }
}
