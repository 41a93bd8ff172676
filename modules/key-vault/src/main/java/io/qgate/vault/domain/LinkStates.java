package io.qgate.vault.domain;

import java.util.Optional;

/** What each simulated link last measured, published by the instance that runs it. */
public interface LinkStates {

  /** The QBER of the link's latest key, empty if it has produced none. */
  Optional<Double> qber(String linkId);
}
