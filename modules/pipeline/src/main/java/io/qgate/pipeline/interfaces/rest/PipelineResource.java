package io.qgate.pipeline.interfaces.rest;

import io.qgate.pipeline.domain.PipelineStatus;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.access.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The telemetry pipeline of this instance: its edge gateways and its domain consumers. */
@Path("telemetry/pipeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry")
public class PipelineResource {

  @Inject PipelineStatus pipeline;

  @GET
  @Allowed(Permission.VIEW)
  public Map<String, Object> status() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("gateways", pipeline.gateways());
    json.put("consumers", pipeline.consumers());
    return json;
  }
}
