package io.qgate.pipeline.domain;

import java.util.List;

/** What the telemetry pipeline of this instance reports about itself. */
public interface PipelineStatus {

  /** Each domain's edge gateway. */
  List<GatewayStatus> gateways();

  /** Each domain consumer running here. */
  List<ConsumerStatus> consumers();
}
