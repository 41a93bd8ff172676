package io.qgate.vault.domain;

import java.util.Optional;

/** What each link last measured and whether it may be used, published by its runner. */
public interface LinkStates {

  /** The QBER of the link's latest key, empty if it has produced none. */
  Optional<Double> qber(String linkId);

  /** Why the link is compromised, empty while it is usable. */
  Optional<String> compromise(String linkId);

  /** Whether keys may come from the link (routing avoids a compromised link). */
  default boolean usable(String linkId) {
    return compromise(linkId).isEmpty();
  }

  /**
   * @throws EtsiException 503 naming the link and why, if it is compromised
   */
  default void requireUsable(String linkId) {
    compromise(linkId)
        .ifPresent(
            why -> {
              throw EtsiException.unavailable(
                  "QKD link "
                      + linkId
                      + " is compromised ("
                      + why
                      + "); no key is issued from it until an operator clears it");
            });
  }
}
