package io.qgate.netsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.netsim.topology.Architecture;
import io.qgate.netsim.topology.LayoutOptions;
import io.qgate.netsim.topology.Topology;
import io.qgate.qkd.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** One node failing half-way: fatal for the central hub, a small dent in a distributed mesh. */
class FailureTest {

  private static SimulationOutcome run(Architecture a) {
    // A metro region: every link within reach, so only the failure matters.
    Topology t = a.layout(new LayoutOptions(60, 20, 0, 0, 0, Protocol.BB84_DECOY), 3);
    double[] rates = new LinkRates(1e9).of(t);
    return NetworkSimulation.run(
        Configs.config(t, rates, 2000, KeyMode.DIRECT, 1e6, 1800 * Configs.SECOND),
        (n, total) -> {});
  }

  @Test
  void centralLosesEverythingWhenItsHubFails() {
    SimulationOutcome o = run(Architecture.CENTRAL);
    assertThat(o.failedNode()).isEqualTo("kme-hub");
    assertThat(o.devicesServedBefore()).isGreaterThan(0.99);
    assertThat(o.devicesServedAfter()).isZero();
    assertThat(o.gatewaysUnroutedAfterFailure()).isEqualTo(20);
  }

  @Test
  void distributedKeepsServingWhenItsBusiestKmeFails() {
    SimulationOutcome o = run(Architecture.DISTRIBUTED);
    assertThat(o.failedNode()).startsWith("kme-");
    assertThat(o.devicesServedBefore()).isGreaterThan(0.99);
    // Dual-homed gateways re-route to their second KME; only keys in flight are lost.
    assertThat(o.devicesServedAfter()).isGreaterThan(0.9);
    assertThat(o.gatewaysUnroutedAfterFailure()).isZero();
  }

  @Test
  void hierarchicalLosesTheFailedSubtreeAndHybridReroutesAroundIt() {
    SimulationOutcome hierarchical = run(Architecture.HIERARCHICAL);
    SimulationOutcome hybrid = run(Architecture.HYBRID);
    assertThat(hierarchical.gatewaysUnroutedAfterFailure()).isPositive();
    assertThat(hierarchical.devicesServedAfter()).isLessThan(hierarchical.devicesServedBefore());
    assertThat(hybrid.gatewaysUnroutedAfterFailure()).isZero();
    assertThat(hybrid.devicesServedAfter()).isGreaterThan(hierarchical.devicesServedAfter());
  }
}
