package io.qgate.vault.domain.relay;

import java.util.Objects;

/**
 * One hop of a relay path: the key crosses {@code linkId} from {@code fromNode} to {@code toNode}.
 */
public record RelayHop(String linkId, String fromNode, String toNode) {

  public RelayHop {
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(fromNode, "fromNode");
    Objects.requireNonNull(toNode, "toNode");
  }
}
