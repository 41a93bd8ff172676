package io.qgate.vault.domain.relay;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The links a key crosses from the master's KME to the slave's, in order. One hop is a direct link;
 * more hops relay the key through trusted nodes.
 */
public record RelayPath(List<RelayHop> hops) {

  public RelayPath {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one hop");
    }
    for (int i = 1; i < hops.size(); i++) {
      if (!hops.get(i).fromNode().equals(hops.get(i - 1).toNode())) {
        throw new IllegalArgumentException(
            "hop " + (i + 1) + " does not start where hop " + i + " ends");
      }
    }
  }

  public static RelayPath direct(String linkId, String fromNode, String toNode) {
    return new RelayPath(List.of(new RelayHop(linkId, fromNode, toNode)));
  }

  /** Whether the key passes through trusted relays (more than one hop). */
  public boolean relayed() {
    return hops.size() > 1;
  }

  /** The link whose key material becomes the key (the first hop). */
  public String firstLink() {
    return hops.get(0).linkId();
  }

  public List<String> linkIds() {
    return hops.stream().map(RelayHop::linkId).toList();
  }

  /** For people and the audit trail: {@code n1 -[l1]-> n2 -[l2]-> n3}. */
  @Override
  public String toString() {
    return hops.get(0).fromNode()
        + hops.stream()
            .map(h -> " -[" + h.linkId() + "]-> " + h.toNode())
            .collect(Collectors.joining());
  }
}
