package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Master-key custody without a KEK: nothing is kept unwrapped, so nothing is kept (503). */
final class ShutCustody implements MasterKeyCustody {

  private static UnavailableException shut() {
    return new UnavailableException("the key vault has no key-encryption key (set QGATE_KEK_FILE)");
  }

  @Override
  public void keep(TelemetryMasterKey key, byte[] secret) {
    throw shut();
  }

  @Override
  public Optional<TelemetryMasterKey> find(UUID keyId) {
    throw shut();
  }

  @Override
  public Optional<Held> open(UUID keyId) {
    throw shut();
  }

  @Override
  public List<TelemetryMasterKey> latest(Set<Tenant> tenants, int limit) {
    throw shut();
  }
}
