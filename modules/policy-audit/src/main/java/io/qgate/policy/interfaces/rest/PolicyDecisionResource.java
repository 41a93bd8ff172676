package io.qgate.policy.interfaces.rest;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.policy.application.PolicyEnforcement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The enforcement API for points outside the platform: 200 with the decision when allowed, a 403
 * problem naming policy and rule when denied — recorded in the audit trail exactly as the
 * platform's own enforcement points record theirs. {@code ?dryRun=true} answers what-if questions
 * (always 200, nothing recorded).
 */
@Path("policy-decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policy")
public class PolicyDecisionResource {

  @Inject PolicyEnforcement enforcement;

  @POST
  @Allowed(Permission.EDIT_POLICIES)
  public DecisionView decide(
      @NotNull @Valid DecisionRequest body, @QueryParam("dryRun") String dryRun) {
    var question = body.toQuestion();
    if ("true".equalsIgnoreCase(dryRun)) {
      return DecisionView.of(enforcement.evaluate(question));
    }
    return DecisionView.of(enforcement.enforce(question));
  }
}
