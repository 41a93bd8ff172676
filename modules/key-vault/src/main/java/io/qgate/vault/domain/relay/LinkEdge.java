package io.qgate.vault.domain.relay;

/** A registered QKD link as routing sees it: an undirected edge between two nodes. */
public record LinkEdge(String linkId, String nodeA, String nodeB) {

  /** The end of the link that is not {@code node}. */
  public String otherEnd(String node) {
    return nodeA.equals(node) ? nodeB : nodeA;
  }
}
