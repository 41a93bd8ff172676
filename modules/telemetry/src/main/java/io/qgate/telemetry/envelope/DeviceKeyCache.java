package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.DeviceKeyDeriver;
import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Device keys by (master key id, device id, epoch, algorithm), derived on first use and kept in a
 * bounded LRU map: deriving costs an HMAC per record otherwise, while a device sends thousands of
 * records per epoch. An evicted key is zeroised ({@link KeyMaterial#destroy()}), and so is every
 * key on {@link #forget} of its master key and on {@link #close()}.
 *
 * <p>One {@link DeviceKeyDeriver} per master key (the HKDF extract is done once per master key), at
 * most {@value #MAX_DERIVERS} of them, also LRU. Thread-safe: every method locks the cache, which
 * holds a derivation (under a microsecond) at most; callers get a copy of the key to zeroise, so an
 * eviction never pulls a key from under a thread that is using it.
 */
public final class DeviceKeyCache implements AutoCloseable {

  /** Master keys whose derivers are kept; a gateway rotates through one or two at a time. */
  static final int MAX_DERIVERS = 16;

  private record Slot(UUID masterKeyId, String deviceId, Epoch epoch, Algorithm algorithm) {}

  private final int capacity;
  private final LinkedHashMap<Slot, KeyMaterial> keys;
  private final LinkedHashMap<UUID, DeviceKeyDeriver> derivers;
  private long derivations;

  /** A cache of at most {@code capacity} device keys, e.g. twice the number of devices. */
  public DeviceKeyCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.capacity = capacity;
    this.keys =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Slot, KeyMaterial> eldest) {
            if (size() > DeviceKeyCache.this.capacity) {
              eldest.getValue().destroy();
              return true;
            }
            return false;
          }
        };
    this.derivers =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<UUID, DeviceKeyDeriver> eldest) {
            if (size() > MAX_DERIVERS) {
              eldest.getValue().destroy();
              return true;
            }
            return false;
          }
        };
  }

  /**
   * A copy of the device key, which the caller must zeroise.
   *
   * @throws IllegalStateException if the key is not cached and {@code masterKey} was destroyed
   */
  public synchronized byte[] key(
      MasterKey masterKey, String deviceId, Epoch epoch, Algorithm algorithm) {
    Slot slot = new Slot(masterKey.keyId(), deviceId, epoch, algorithm);
    KeyMaterial key = keys.get(slot);
    if (key == null) {
      DeviceKeyDeriver deriver = derivers.get(masterKey.keyId());
      if (deriver == null) {
        deriver = DeviceKeyDeriver.of(masterKey);
        derivers.put(masterKey.keyId(), deriver);
      }
      key = deriver.derive(deviceId, epoch, algorithm.purpose(), algorithm.keyLength());
      derivations++;
      keys.put(slot, key);
    }
    return key.bytes();
  }

  /** Zeroises and drops every key and the deriver of a retired master key. */
  public synchronized void forget(UUID masterKeyId) {
    for (Iterator<Map.Entry<Slot, KeyMaterial>> it = keys.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Slot, KeyMaterial> entry = it.next();
      if (entry.getKey().masterKeyId().equals(masterKeyId)) {
        entry.getValue().destroy();
        it.remove();
      }
    }
    DeviceKeyDeriver deriver = derivers.remove(masterKeyId);
    if (deriver != null) {
      deriver.destroy();
    }
  }

  /** Device keys held now. */
  public synchronized int size() {
    return keys.size();
  }

  /** Device keys derived so far (cache misses). */
  public synchronized long derivations() {
    return derivations;
  }

  /** The cached key material itself, for tests that check zeroisation on eviction. */
  synchronized KeyMaterial cached(UUID masterKeyId, String deviceId, Epoch epoch, Algorithm alg) {
    return keys.get(new Slot(masterKeyId, deviceId, epoch, alg));
  }

  /** Zeroises everything. */
  @Override
  public synchronized void close() {
    keys.values().forEach(KeyMaterial::destroy);
    keys.clear();
    derivers.values().forEach(DeviceKeyDeriver::destroy);
    derivers.clear();
  }
}
