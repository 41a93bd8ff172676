package io.qgate.audit.interfaces.rest;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.Ed25519;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.interfaces.rest.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  @GET
  @Path("events")
  public Page<AuditEventView> events(
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("type") String type,
      @QueryParam("outcome") String outcome,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return trail
        .search(AuditQueries.of(tenant, from, to, type, outcome), QueryParams.page(page, size))
        .map(AuditEventView::of);
  }

  /** Recomputes every hash and checkpoint; names the first altered, deleted or inserted row. */
  @GET
  @Path("verify")
  public VerificationView verify() {
    return VerificationView.of(trail.verify());
  }

  /** Events with their hashes, the checkpoints and the public keys: JSON or CSV. */
  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response export(
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    String chosen = format == null || format.isBlank() ? "json" : format.strip().toLowerCase();
    if (!chosen.equals("json") && !chosen.equals("csv")) {
      throw new InvalidInputException("format", "must be json or csv, not '" + format + "'");
    }
    var query = AuditQueries.of(tenant, from, to, null, null);
    AuditExport export = new AuditExport(trail, query);
    return Response.ok(chosen.equals("csv") ? export.csv() : export.json())
        .type(chosen.equals("csv") ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"qgate-audit." + chosen + "\"")
        .build();
  }

  @GET
  @Path("checkpoints")
  public List<Map<String, Object>> checkpoints() {
    return trail.checkpoints().stream().map(AuditExport::checkpoint).toList();
  }

  /** Signs the head of the chain now (otherwise done periodically). */
  @POST
  @Path("checkpoints")
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
}
