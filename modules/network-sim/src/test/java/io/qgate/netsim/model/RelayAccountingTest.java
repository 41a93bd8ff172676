package io.qgate.netsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.netsim.topology.Topology;
import org.junit.jupiter.api.Test;

/** Trusted relaying: a key crossing h hops takes one key's worth of fresh pool bits on each. */
class RelayAccountingTest {

  @Test
  void everyHopConsumesOneKeyPerDeliveredKeyAndNothingIsReused() {
    Topology chain = Configs.chain(20);
    SimulationConfig c =
        Configs.config(chain, Configs.rates(chain, 1e6), 50, KeyMode.DIRECT, 1e7, -1);
    NetworkSimulation s = NetworkSimulation.execute(c, (now, total) -> {});
    long delivered = s.qkdKeysDelivered;
    assertThat(delivered).isPositive();
    for (int link = 0; link < 3; link++) {
      assertThat(s.pools.consumedBits(link)).isEqualTo(256.0 * delivered);
    }
  }

  @Test
  void noPoolGivesMoreThanItsLinkGenerated() {
    Topology chain = Configs.chain(20);
    // 200 bits/s per link cannot carry 50 devices × 256 bits / 60 s ≈ 213 bits/s of demand.
    SimulationConfig c =
        Configs.config(chain, Configs.rates(chain, 200), 50, KeyMode.DIRECT, 1e4, -1);
    NetworkSimulation s = NetworkSimulation.execute(c, (now, total) -> {});
    double seconds = (c.durationNanos() + c.policy().deadlineNanos()) / 1e9;
    for (int link = 0; link < 3; link++) {
      assertThat(s.pools.consumedBits(link)).isLessThanOrEqualTo(200 * seconds);
      // Keys are consumed whole, and a key that fails half-way has still used its first hops.
      assertThat(s.pools.consumedBits(link) % 256).isZero();
    }
    // The first hop (gateway side, link 2) sees every key; later hops only those that got through.
    assertThat(s.pools.consumedBits(2)).isGreaterThanOrEqualTo(s.pools.consumedBits(0));
    SimulationOutcome o = Summary.of(s);
    assertThat(o.servedShare()).isLessThan(1);
  }
}
