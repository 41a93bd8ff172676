package io.qgate.simulations.interfaces.rest;

import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.simulations.application.SimulationService;
import io.qgate.simulations.domain.SimulationJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Simulation jobs for the console's plots: key-rate sweeps and architecture runs, one running per
 * instance and up to {@value SimulationService#MAX_QUEUED} waiting, kept in memory
 * (docs/operations.md, "Simulations").
 */
@Path("simulations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "simulations")
public class SimulationResource {

  @Inject SimulationService service;
  @Context SecurityContext security;

  /**
   * Queues a job: 202 with its Location; 400 naming every bad field; 503 when the queue is full.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.RUN_SIMULATIONS)
  public Response submit(String body, @Context UriInfo uri) {
    SimulationJob job =
        service.submit(SimulationRequestReader.read(body), SignedIn.operator(security));
    return Response.accepted(SimulationView.of(job, false))
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  /** The caller's recent jobs, newest first, without their results. */
  @GET
  @Allowed(Permission.VIEW)
  public List<SimulationView> recent() {
    return service.recent(SignedIn.operator(security)).stream()
        .map(job -> SimulationView.of(job, false))
        .toList();
  }

  /** One job: state, progress and, once it succeeded, its result. */
  @GET
  @Path("{id}")
  @Allowed(Permission.VIEW)
  public SimulationView get(@PathParam("id") String id) {
    return SimulationView.of(service.get(uuid(id)), true);
  }

  /** Cancels a queued or running job (its requester or a platform admin); a finished one stays. */
  @DELETE
  @Path("{id}")
  @Allowed(Permission.RUN_SIMULATIONS)
  public SimulationView cancel(@PathParam("id") String id) {
    return SimulationView.of(service.cancel(uuid(id), SignedIn.operator(security)), false);
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("simulation", id);
    }
  }
}
