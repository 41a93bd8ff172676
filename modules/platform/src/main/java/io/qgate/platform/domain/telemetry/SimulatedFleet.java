package io.qgate.platform.domain.telemetry;

import io.qgate.platform.domain.Tenant;
import java.util.List;

/**
 * A domain's simulated devices for demos and benchmarks, driven by the edge gateway: which topic
 * they report to, for which tenant and policy domain, behind which gateway.
 */
public interface SimulatedFleet {

  /** The Kafka topic, e.g. {@code qgate.grid.pmu.v1}. */
  String topic();

  Tenant tenant();

  /** The policy domain: GRID, HEALTH or INDUSTRIAL. */
  String domain();

  /** The edge gateway node the devices connect to, e.g. {@code gw-grid-1}. */
  String gatewayId();

  List<? extends SimulatedDevice> devices();
}
