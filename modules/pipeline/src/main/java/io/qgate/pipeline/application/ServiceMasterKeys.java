package io.qgate.pipeline.application;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.vault.application.TelemetryKeyService;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryReader;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The master keys a domain consumer of the platform reads telemetry under, asked of the vault in
 * process as the service reader (role {@code telemetry-reader}) and kept once released. A key the
 * vault does not know or refuses is none: its records are rejected as UNKNOWN_KEY and
 * dead-lettered. A vault that cannot answer (database down) throws, so the record is retried.
 */
public final class ServiceMasterKeys implements MasterKeys, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ServiceMasterKeys.class.getName());

  private final TelemetryKeyService vault;
  private final TelemetryReader reader;
  private final Map<UUID, Optional<MasterKey>> released = new ConcurrentHashMap<>();

  public ServiceMasterKeys(TelemetryKeyService vault, TelemetryReader reader) {
    this.vault = vault;
    this.reader = reader;
  }

  @Override
  public Optional<MasterKey> find(UUID keyId) {
    Optional<MasterKey> known = released.get(keyId);
    if (known != null) {
      return known;
    }
    Optional<MasterKey> key = ask(keyId);
    if (key.isEmpty()) {
      return key;
    }
    Optional<MasterKey> first = released.putIfAbsent(keyId, key);
    if (first != null) {
      key.get().destroy(); // another thread was faster: keep one copy, zeroise this one
      return first;
    }
    return key;
  }

  private Optional<MasterKey> ask(UUID keyId) {
    try {
      MasterKeyCustody.Held held = vault.read(keyId, reader);
      return Optional.of(new MasterKey(held.key().keyId(), held.secret(), held.key().salt()));
    } catch (NotFoundException unknown) {
      return Optional.empty();
    } catch (ForbiddenException refused) {
      LOG.warning(
          () -> reader.actor() + " may not read master key " + keyId + ": " + refused.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    released.values().forEach(key -> key.ifPresent(MasterKey::destroy));
    released.clear();
  }
}
