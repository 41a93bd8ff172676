package io.qgate.compliance.interfaces.rest;

import io.qgate.compliance.application.ComplianceReport;
import io.qgate.compliance.application.ComplianceReports;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.RequiredFields;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The compliance report of a tenant over the last {@code days} days (default 30): JSON, or a
 * printable HTML page with {@code ?format=html} (or {@code Accept: text/html}).
 */
@Path("compliance")
@RequestScoped
@Tag(name = "audit")
public class ComplianceResource {

  private static final int MAX_DAYS = 3660;

  @Inject ComplianceReports reports;

  @GET
  @Path("{tenant}/report")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  @Allowed(Permission.READ_AUDIT)
  public Response report(
      @PathParam("tenant") String tenant,
      @QueryParam("days") String days,
      @QueryParam("format") String format,
      @Context HttpHeaders headers,
      @Context SecurityContext security) {
    boolean html = wantsHtml(format, headers);
    ComplianceReport report = report(tenant, days, SignedIn.operator(security));
    return html
        ? Response.ok(ComplianceHtml.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .build()
        : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static boolean wantsHtml(String format, HttpHeaders headers) {
    if (format != null && !format.isBlank()) {
      String chosen = format.strip().toLowerCase();
      if (!chosen.equals("json") && !chosen.equals("html")) {
        throw new InvalidInputException("format", "must be json or html, not '" + format + "'");
      }
      return chosen.equals("html");
    }
    return headers.getAcceptableMediaTypes().stream()
        .findFirst()
        .map(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType())
        .orElse(false);
  }

  private ComplianceReport report(String tenant, String days, Operator operator) {
    Tenant t = QueryParams.enumValue(Tenant.class, tenant, "tenant");
    RequiredFields.require(t, "tenant");
    operator.requireSees(t, "its compliance report");
    Instant to = Instant.now();
    return reports.report(t, to.minus(Duration.ofDays(window(days))), to);
  }

  private static int window(String days) {
    if (days == null || days.isBlank()) {
      return 30;
    }
    try {
      int parsed = Integer.parseInt(days.strip());
      if (parsed >= 1 && parsed <= MAX_DAYS) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("days", "must be a whole number of days from 1 to " + MAX_DAYS);
  }
}
