package io.qgate.audit.interfaces.rest;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.Ed25519;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: search, verify, export for auditors, checkpoints and signing keys. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

  @Inject AuditTrail trail;
  @Context SecurityContext security;

  @GET
  @Path("events")
  @Allowed(Permission.READ_AUDIT)
  public Page<AuditEventView> events(
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("type") String type,
      @QueryParam("outcome") String outcome,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return trail
        .search(
            AuditQueries.of(visible(tenant), from, to, type, outcome), QueryParams.page(page, size))
        .map(AuditEventView::of);
  }

  /** Recomputes every hash and checkpoint; names the first altered, deleted or inserted row. */
  @GET
  @Path("verify")
  @Allowed(Permission.READ_AUDIT)
  public VerificationView verify() {
    return VerificationView.of(trail.verify());
  }

  /** Events with their hashes, the checkpoints and the public keys: JSON or CSV. */
  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Allowed(Permission.READ_AUDIT)
  public Response export(
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    String chosen = format == null || format.isBlank() ? "json" : format.strip().toLowerCase();
    if (!chosen.equals("json") && !chosen.equals("csv")) {
      throw new InvalidInputException("format", "must be json or csv, not '" + format + "'");
    }
    var query = AuditQueries.of(visible(tenant), from, to, null, null);
    AuditExport export = new AuditExport(trail, query);
    return Response.ok(chosen.equals("csv") ? export.csv() : export.json())
        .type(chosen.equals("csv") ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"qgate-audit." + chosen + "\"")
        .build();
  }

  @GET
  @Path("checkpoints")
  @Allowed(Permission.READ_AUDIT)
  public List<Map<String, Object>> checkpoints() {
    return trail.checkpoints().stream().map(AuditExport::checkpoint).toList();
  }

  /** Signs the head of the chain now (otherwise done periodically). */
  @POST
  @Path("checkpoints")
  @Allowed(Permission.MANAGE_KEYS)
  public Response checkpointNow() {
    return trail
        .checkpointNow()
        .map(
            c -> Response.status(Response.Status.CREATED).entity(AuditExport.checkpoint(c)).build())
        .orElseGet(() -> Response.noContent().build());
  }

  /** Every key that signed checkpoints: id, X.509 DER in base64 and PEM, for auditors to pin. */
  @GET
  @Path("public-keys")
  @Allowed(Permission.READ_AUDIT)
  public List<Map<String, String>> publicKeys() {
    return trail.publicKeys().entrySet().stream()
        .map(
            e ->
                Map.of(
                    "keyId", e.getKey(),
                    "algorithm", "Ed25519",
                    "x509", Base64.getEncoder().encodeToString(e.getValue()),
                    "pem", Ed25519.publicKeyPem(e.getValue())))
        .toList();
  }

  /**
   * The tenant filter of a search: anyone may name one of their tenants; only someone who sees
   * every tenant may search them all.
   */
  private String visible(String tenant) {
    TenantScope scope = SignedIn.operator(security).scope();
    if (tenant == null || tenant.isBlank()) {
      if (scope != TenantScope.ALL) {
        throw new ForbiddenException("you see some tenants only: name one with ?tenant=");
      }
      return tenant;
    }
    scope.narrowedTo(QueryParams.enumValue(Tenant.class, tenant, "tenant"));
    return tenant;
  }
}
