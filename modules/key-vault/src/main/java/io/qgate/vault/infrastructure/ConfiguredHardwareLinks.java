package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.monitoring.HardwareLinks;
import io.qgate.vault.infrastructure.external.ExternalKmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The links {@code QGATE_VAULT_EXTERNAL_KMES} names (valid or not): hardware, never simulated. */
@ApplicationScoped
public class ConfiguredHardwareLinks implements HardwareLinks {

  @Inject ExternalKmes externalKmes;

  @Override
  public boolean isHardware(String linkId) {
    return externalKmes.configures(linkId);
  }
}
