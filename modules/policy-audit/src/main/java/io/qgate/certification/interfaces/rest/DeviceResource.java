package io.qgate.certification.interfaces.rest;

import io.qgate.certification.application.CertificationService;
import io.qgate.certification.interfaces.rest.DeviceView.CertificationView;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.QueryParams;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The device certification registry: devices, their certifications, and status changes. */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "certification")
public class DeviceResource {

  /** How far ahead {@code expiringWithinDays} may look. */
  static final int MAX_EXPIRY_WINDOW_DAYS = 366;

  @Inject CertificationService service;
  @Context SecurityContext security;

  @GET
  @Allowed(Permission.VIEW)
  public Page<DeviceView> list(
      @QueryParam("tenant") String tenant,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("expiringWithinDays") String expiringWithinDays) {
    TenantScope scope =
        operator().scope().narrowedTo(QueryParams.enumValue(Tenant.class, tenant, "tenant"));
    PageRequest request = QueryParams.page(page, size);
    Integer days =
        QueryParams.intInRange(expiringWithinDays, 1, MAX_EXPIRY_WINDOW_DAYS, "expiringWithinDays");
    return (days == null
            ? service.list(scope, request)
            : service.listExpiring(scope, days, request))
        .map(DeviceView::of);
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.VIEW)
  public DeviceView get(@PathParam("id") String id) {
    return DeviceView.of(service.device(id, operator().scope()));
  }

  @POST
  @Allowed(Permission.REGISTER_DEVICES)
  public Response register(@NotNull @Valid DeviceRequest body, @Context UriInfo uri) {
    if (body.tenant() != null) {
      operator().requireSees(body.tenant(), "register its devices");
    }
    var device =
        service.register(
            body.id(),
            body.tenant(),
            body.domain(),
            body.kind(),
            body.name().strip(),
            Caller.name(security));
    return Response.created(uri.getAbsolutePathBuilder().path(device.id()).build())
        .entity(DeviceView.of(device))
        .build();
  }

  @POST
  @Path("{id}/certifications")
  @Allowed(Permission.CERTIFY_DEVICES)
  public Response certify(
      @PathParam("id") String id, @NotNull @Valid CertificationRequest body, @Context UriInfo uri) {
    service.device(id, operator().scope());
    var certification = service.certify(id, body.toTerms(), Caller.name(security));
    return Response.created(
            uri.getAbsolutePathBuilder().path(certification.id().toString()).build())
        .entity(CertificationView.of(certification))
        .build();
  }

  /** Suspends, reinstates or revokes; takes effect on every instance within a second. */
  @POST
  @Path("{id}/certifications/{certificationId}/status")
  @Allowed(Permission.CERTIFY_DEVICES)
  public CertificationView changeStatus(
      @PathParam("id") String id,
      @PathParam("certificationId") String certificationId,
      @NotNull @Valid StatusChangeRequest body) {
    service.device(id, operator().scope());
    return CertificationView.of(
        service.changeStatus(
            id,
            uuid(certificationId),
            body.status(),
            body.reason().strip(),
            Caller.name(security)));
  }

  private Operator operator() {
    return SignedIn.operator(security);
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("certificationId", "'" + value + "' is not a UUID");
    }
  }
}
