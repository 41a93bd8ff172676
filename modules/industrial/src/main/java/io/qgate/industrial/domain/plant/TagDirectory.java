package io.qgate.industrial.domain.plant;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the consumer finds a PLC's configuration (its birth certificate) by device id: the
 * repository interface of the plant model. An in-memory directory serves the simulator and tests; a
 * registry-backed one can serve production.
 */
@FunctionalInterface
public interface TagDirectory {

  Optional<Plc> find(String deviceId);

  /** A directory of exactly these PLCs; their device ids must be distinct. */
  static TagDirectory of(Collection<Plc> plcs) {
    Map<String, Plc> byId =
        plcs.stream().collect(Collectors.toUnmodifiableMap(Plc::deviceId, Function.identity()));
    return deviceId -> Optional.ofNullable(deviceId == null ? null : byId.get(deviceId));
  }
}
