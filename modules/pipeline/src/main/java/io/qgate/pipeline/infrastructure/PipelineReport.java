package io.qgate.pipeline.infrastructure;

import io.qgate.pipeline.domain.ConsumerStatus;
import io.qgate.pipeline.domain.GatewayStatus;
import io.qgate.pipeline.domain.PipelineStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The pipeline's status from its two singletons, the gateways and the consumers. */
@ApplicationScoped
public class PipelineReport implements PipelineStatus {

  @Inject EdgeGateway gateway;
  @Inject TelemetryConsumers consumers;

  @Override
  public List<GatewayStatus> gateways() {
    return gateway.status();
  }

  @Override
  public List<ConsumerStatus> consumers() {
    return consumers.status();
  }
}
