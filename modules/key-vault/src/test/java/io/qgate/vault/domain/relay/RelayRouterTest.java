package io.qgate.vault.domain.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.vault.domain.relay.RelayRouter.Found;
import io.qgate.vault.domain.relay.RelayRouter.NoRoute;
import io.qgate.vault.domain.relay.RelayRouter.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelayRouterTest {

  /** a - r1 - d and a - r2 - d (two hops each), a - x - y - d (three hops), e alone with f. */
  private static final NetworkGraph NETWORK =
      new NetworkGraph(
          List.of(
              new LinkEdge("a-r1", "a", "r1"),
              new LinkEdge("r1-d", "r1", "d"),
              new LinkEdge("a-r2", "a", "r2"),
              new LinkEdge("d-r2", "d", "r2"), // stored the other way round: links are undirected
              new LinkEdge("a-x", "a", "x"),
              new LinkEdge("x-y", "x", "y"),
              new LinkEdge("y-d", "y", "d"),
              new LinkEdge("e-f", "e", "f")));

  private final Map<String, LinkCondition> links = new HashMap<>();

  private Route route(String from, String to, long bits) {
    return RelayRouter.route(
        NETWORK,
        from,
        to,
        bits,
        id -> links.getOrDefault(id, new LinkCondition(true, 10_000, 0.02)));
  }

  private static RelayPath found(Route route) {
    assertThat(route).isInstanceOf(Found.class);
    return ((Found) route).path();
  }

  @Test
  void theFewestHopsWinOverMoreKey() {
    links.put("a-x", new LinkCondition(true, 1_000_000, 0.0));
    links.put("x-y", new LinkCondition(true, 1_000_000, 0.0));
    links.put("y-d", new LinkCondition(true, 1_000_000, 0.0));

    RelayPath path = found(route("a", "d", 256));

    assertThat(path.hops()).hasSize(2);
    assertThat(path.hops().get(0).fromNode()).isEqualTo("a");
    assertThat(path.hops().get(1).toNode()).isEqualTo("d");
  }

  @Test
  void amongEquallyShortPathsTheOneWithMoreKeyWinsThenTheLowerQber() {
    links.put("a-r2", new LinkCondition(true, 50_000, 0.05));
    links.put("d-r2", new LinkCondition(true, 50_000, 0.05));
    assertThat(found(route("a", "d", 256)).linkIds()).containsExactly("a-r2", "d-r2");

    links.put("a-r2", new LinkCondition(true, 10_000, 0.05));
    links.put("d-r2", new LinkCondition(true, 10_000, 0.05));
    assertThat(found(route("a", "d", 256)).linkIds()).containsExactly("a-r1", "r1-d");
  }

  @Test
  void theHopsAreOrientedFromSourceToDestination() {
    RelayPath path = found(route("d", "a", 0));

    assertThat(path.hops().get(0).fromNode()).isEqualTo("d");
    assertThat(path.hops().get(path.hops().size() - 1).toNode()).isEqualTo("a");
    assertThat(path.toString()).startsWith("d -[").endsWith("]-> a");
  }

  @Test
  void compromisedAndExhaustedLinksAreAvoided() {
    links.put("a-r1", new LinkCondition(false, 1_000_000, 0.01));
    links.put("d-r2", new LinkCondition(true, 255, 0.01));

    assertThat(found(route("a", "d", 256)).linkIds()).containsExactly("a-x", "x-y", "y-d");
    assertThat(found(route("a", "d", 0)).linkIds()).containsExactly("a-r2", "d-r2");
  }

  @Test
  void withoutAnEligiblePathTheBlockingLinksAreNamed() {
    links.put("a-r1", new LinkCondition(false, 10_000, 0.01));
    links.put("a-r2", new LinkCondition(false, 10_000, 0.01));
    links.put("x-y", new LinkCondition(true, 0, 0.01));

    Route route = route("a", "d", 256);

    assertThat(route).isInstanceOf(NoRoute.class);
    assertThat(((NoRoute) route).connected()).isTrue();
    assertThat(((NoRoute) route).blockingLinks()).containsExactly("a-r1", "a-r2", "x-y");
  }

  @Test
  void nodesInDifferentPartsOfTheNetworkHaveNoRouteAndNothingBlocks() {
    Route route = route("a", "e", 0);

    assertThat(route).isInstanceOf(NoRoute.class);
    assertThat(((NoRoute) route).connected()).isFalse();
    assertThat(route("a", "unknown-node", 0)).isInstanceOf(NoRoute.class);
  }

  @Test
  void aDirectLinkIsAOneHopRoute() {
    RelayPath path = found(route("a", "r1", 256));

    assertThat(path.relayed()).isFalse();
    assertThat(path.firstLink()).isEqualTo("a-r1");
  }
}
