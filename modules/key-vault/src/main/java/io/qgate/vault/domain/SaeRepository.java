package io.qgate.vault.domain;

import java.util.List;
import java.util.Optional;

/** The SAEs registered with the KMEs of the network's nodes. */
public interface SaeRepository {

  Optional<Sae> find(String saeId);

  List<Sae> all();

  void add(Sae sae);
}
