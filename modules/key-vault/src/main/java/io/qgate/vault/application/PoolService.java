package io.qgate.vault.application;

import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.PoolLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The key pools of the network's links, as operators watch them fill. */
@ApplicationScoped
public class PoolService {

  @Inject KeyStore store;

  public List<PoolLevel> levels() {
    return store.levels();
  }
}
