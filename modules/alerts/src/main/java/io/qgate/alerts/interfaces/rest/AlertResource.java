package io.qgate.alerts.interfaces.rest;

import io.qgate.alerts.application.AlertService;
import io.qgate.alerts.domain.AlertFilter;
import io.qgate.alerts.domain.AlertSeverity;
import io.qgate.alerts.domain.AlertState;
import io.qgate.alerts.domain.SourceKind;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The alert store for the console: alerts of the caller's tenants (SHARED ones, the network's, are
 * everyone's), newest first; the open ones counted; acknowledging one.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class AlertResource {

  /** The longest source id a filter may name (the column's size). */
  static final int MAX_SOURCE_ID = 200;

  @Inject AlertService service;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "Alerts of the caller's tenants, newest first",
      description =
          "Filters: tenant, state (OPEN, ACKNOWLEDGED), severity (INFO, WARNING, CRITICAL),"
              + " sourceKind (LINK, DEVICE), sourceId, from (inclusive) and to (exclusive) as"
              + " ISO-8601 instants on raisedAt; page and size.")
  @APIResponse(responseCode = "200", description = "a page of alerts")
  @APIResponse(responseCode = "400", description = "a filter is not a valid value")
  @APIResponse(responseCode = "403", description = "the tenant asked for is not the caller's")
  @Allowed(Permission.VIEW)
  public Page<AlertView> list(
      @QueryParam("tenant") String tenant,
      @QueryParam("state") String state,
      @QueryParam("severity") String severity,
      @QueryParam("sourceKind") String sourceKind,
      @QueryParam("sourceId") String sourceId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    var filter =
        new AlertFilter(
            operator().scope().narrowedTo(QueryParams.enumValue(Tenant.class, tenant, "tenant")),
            QueryParams.enumValue(AlertState.class, state, "state"),
            QueryParams.enumValue(AlertSeverity.class, severity, "severity"),
            QueryParams.enumValue(SourceKind.class, sourceKind, "sourceKind"),
            sourceId(sourceId),
            instant(from, "from"),
            instant(to, "to"));
    return service.list(filter, QueryParams.page(page, size)).map(AlertView::of);
  }

  @GET
  @Path("summary")
  @Operation(summary = "Open alerts of the caller's tenants by tenant and severity")
  @APIResponse(responseCode = "200", description = "the counts")
  @Allowed(Permission.VIEW)
  public AlertSummaryView summary() {
    return AlertSummaryView.of(service.summary(operator().scope()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One alert")
  @APIResponse(responseCode = "200", description = "the alert")
  @APIResponse(responseCode = "400", description = "the id is not a UUID")
  @APIResponse(responseCode = "403", description = "the alert belongs to another tenant")
  @APIResponse(responseCode = "404", description = "no such alert")
  @Allowed(Permission.VIEW)
  public AlertView get(@PathParam("id") String id) {
    return AlertView.of(service.get(uuid(id), operator().scope()));
  }

  @POST
  @Path("{id}/acknowledge")
  @Operation(
      summary = "Acknowledge an alert (operators of its tenant, security officers, admins)",
      description =
          "{\"note\": \"...\"}, the note optional, at most 500 characters. Records who and when;"
              + " audited as ALERT_ACKNOWLEDGED. An alert is acknowledged once.")
  @APIResponse(responseCode = "200", description = "the acknowledged alert")
  @APIResponse(responseCode = "400", description = "the id is not a UUID, or the note too long")
  @APIResponse(responseCode = "403", description = "the alert belongs to another tenant")
  @APIResponse(responseCode = "404", description = "no such alert")
  @APIResponse(responseCode = "409", description = "the alert was acknowledged already")
  @Allowed(Permission.ACKNOWLEDGE_ALERTS)
  public AlertView acknowledge(@PathParam("id") String id, @Valid AcknowledgeRequest body) {
    UUID alertId = uuid(id);
    return AlertView.of(
        service.acknowledge(
            alertId, operator().scope(), Caller.name(security), body == null ? null : body.note()));
  }

  private Operator operator() {
    return SignedIn.operator(security);
  }

  /** A UUID in its canonical 36-character form (UUID.fromString alone also takes "1-2-3-4-5"). */
  private static UUID uuid(String value) {
    try {
      UUID uuid = UUID.fromString(value);
      if (uuid.toString().equalsIgnoreCase(value)) {
        return uuid;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // below
    }
    throw new InvalidInputException("id", "'" + value + "' is not a UUID");
  }

  private static String sourceId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > MAX_SOURCE_ID) {
      throw new InvalidInputException(
          "sourceId", "must be at most " + MAX_SOURCE_ID + " characters");
    }
    return value.strip();
  }

  private static Instant instant(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(parameter, "must be an ISO-8601 instant");
    }
  }
}
