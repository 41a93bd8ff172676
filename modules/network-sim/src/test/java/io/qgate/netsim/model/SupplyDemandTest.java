package io.qgate.netsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.netsim.topology.Link;
import io.qgate.netsim.topology.Node;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;
import io.qgate.qkd.protocol.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyDemandTest {

  @Test
  void withKeyFarBeyondDemandEveryRekeyIsServed() {
    Topology chain = Configs.chain(10);
    for (KeyMode mode : KeyMode.values()) {
      SimulationOutcome o =
          NetworkSimulation.run(
              Configs.config(chain, Configs.rates(chain, 1e7), 200, mode, 1e9, -1), (n, t) -> {});
      assertThat(o.servedShare()).as(mode.name()).isEqualTo(1.0);
      assertThat(o.devicesServedBefore()).isEqualTo(1.0);
      assertThat(o.rekeysIssued()).isBetween(200L * 55, 200L * 66);
    }
  }

  @Test
  void nobodyBehindALinkBeyondReachIsServed() {
    // gw-near is 20 km from the KME; gw-far 300 km, where decoy BB84 makes no key.
    List<Node> nodes =
        List.of(
            new Node("kme", Role.KME, 0, 0),
            new Node("gw-near", Role.GATEWAY, 20, 0),
            new Node("gw-far", Role.GATEWAY, -300, 0));
    Topology t =
        new Topology(
            nodes,
            List.of(
                new Link(0, 1, 20, Protocol.BB84_DECOY), new Link(0, 2, 300, Protocol.BB84_DECOY)));
    double[] rates = new LinkRates(1e9).of(t);
    assertThat(rates[0]).isPositive();
    assertThat(rates[1]).isZero();
    SimulationOutcome o =
        NetworkSimulation.run(Configs.config(t, rates, 2, KeyMode.DIRECT, 1e6, -1), (n, x) -> {});
    assertThat(o.gatewaysUnrouted()).isEqualTo(1);
    // Device 0 sits on gw-near, device 1 on gw-far (one device per gateway at least).
    assertThat(o.servedShare()).isBetween(0.4, 0.6);
    assertThat(o.devicesServedBefore()).isEqualTo(0.5);
  }
}
