package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.DeviceKeyDeriver;
import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Device keys by (master key id, device id, epoch, algorithm), derived on first use and kept in a
 * bounded map, each with its prepared AEAD state: deriving costs an HMAC per record otherwise, and
 * setting up the cipher (the AES key schedule) costs more than sealing a 100-byte record, while a
 * device sends thousands of records per epoch.
 *
 * <p>An {@link Entry} holds the device key ({@link KeyMaterial}) and at most one idle {@link
 * Aead.Context} for it. A sealer or opener {@linkplain Entry#take() takes} the context for one
 * record and {@linkplain Entry#give gives} it back, so one context is never used by two threads at
 * once; a second thread working on the same device key meanwhile prepares its own context, and of
 * the two given back one is kept. Records of one device normally come from one thread, so one
 * context per device key is the rule.
 *
 * <p>Zeroisation: an evicted entry's key is zeroised ({@link KeyMaterial#destroy()}) and its idle
 * context destroyed ({@link Aead.Context#destroy()}); a context in use at that moment is destroyed
 * when it is given back. The same for every entry of a master key on {@link #forget} and for all on
 * {@link #close()}. The JDK's AES {@code Cipher} keeps its own copy of the key and its key
 * schedule, which JCA cannot zeroise: destroying the context drops the references (see {@link
 * AesGcm}).
 *
 * <p>Bounded, approximately LRU: every use stamps the entry from a shared counter; when the map
 * holds more than {@code capacity} entries, the least recently stamped eighth of them (at least the
 * surplus) is evicted in one pass, so the scan is amortised over capacity/8 insertions. Lookups are
 * lock-free ({@link ConcurrentHashMap}); insertions and evictions lock only the deriver map and the
 * eviction pass. One {@link DeviceKeyDeriver} per master key (the HKDF extract is done once per
 * master key), at most {@value #MAX_DERIVERS} of them, LRU.
 */
public final class DeviceKeyCache implements AutoCloseable {

  /** Master keys whose derivers are kept; a gateway rotates through one or two at a time. */
  static final int MAX_DERIVERS = 16;

  private record Slot(UUID masterKeyId, String deviceId, Epoch epoch, Algorithm algorithm) {}

  /**
   * One cached device key and its idle prepared context; {@code toString} shows no key material.
   */
  static final class Entry {

    private final KeyMaterial key;
    private final Aead aead;
    private Aead.Context idle;
    private boolean destroyed;
    private volatile long lastUse;

    private Entry(KeyMaterial key, Aead aead, long stamp) {
      this.key = key;
      this.aead = aead;
      this.lastUse = stamp;
    }

    /**
     * The idle context, or a new one for this key; {@code null} if the entry was evicted or
     * forgotten meanwhile (look it up again). Give it back with {@link #give}.
     */
    synchronized Aead.Context take() {
      if (destroyed) {
        return null;
      }
      Aead.Context context = idle;
      if (context != null) {
        idle = null;
        return context;
      }
      byte[] bytes = key.bytes();
      try {
        return aead.newContext(bytes);
      } finally {
        java.util.Arrays.fill(bytes, (byte) 0);
      }
    }

    /** Keeps {@code context} as the idle one, or destroys it if the entry is gone or has one. */
    synchronized void give(Aead.Context context) {
      if (destroyed || idle != null) {
        context.destroy();
      } else {
        idle = context;
      }
    }

    /** True if an idle context is kept (for tests). */
    synchronized boolean hasIdleContext() {
      return idle != null;
    }

    private synchronized void destroy() {
      destroyed = true;
      key.destroy();
      if (idle != null) {
        idle.destroy();
        idle = null;
      }
    }

    @Override
    public String toString() {
      return "DeviceKeyCache.Entry[" + key + "]";
    }
  }

  private final int capacity;
  private final ConcurrentHashMap<Slot, Entry> keys = new ConcurrentHashMap<>();
  private final LinkedHashMap<UUID, DeviceKeyDeriver> derivers;
  private final AtomicLong clock = new AtomicLong();
  private final AtomicLong derivations = new AtomicLong();
  private final Object evictionLock = new Object();

  /** A cache of at most {@code capacity} device keys, e.g. twice the number of devices. */
  public DeviceKeyCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.capacity = capacity;
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
  public byte[] key(MasterKey masterKey, String deviceId, Epoch epoch, Algorithm algorithm) {
    while (true) {
      Entry entry = entry(masterKey, deviceId, epoch, algorithm);
      synchronized (entry) {
        if (!entry.destroyed) {
          return entry.key.bytes();
        }
      }
    }
  }

  /**
   * The entry of the key, derived and inserted if missing, stamped as just used. Internal to the
   * sealer and opener: {@link Entry#take()}, use, {@link Entry#give}; if {@code take} returns null
   * (evicted meanwhile), ask again.
   *
   * @throws IllegalStateException if the key is not cached and {@code masterKey} was destroyed
   */
  Entry entry(MasterKey masterKey, String deviceId, Epoch epoch, Algorithm algorithm) {
    Slot slot = new Slot(masterKey.keyId(), deviceId, epoch, algorithm);
    Entry entry = keys.get(slot);
    if (entry != null) {
      long now = clock.get();
      if (entry.lastUse != now) {
        entry.lastUse = clock.incrementAndGet();
      }
      return entry;
    }
    KeyMaterial key = derive(masterKey, deviceId, epoch, algorithm);
    Entry fresh = new Entry(key, algorithm.aead(), clock.incrementAndGet());
    Entry raced = keys.putIfAbsent(slot, fresh);
    if (raced != null) {
      key.destroy();
      return raced;
    }
    derivations.incrementAndGet();
    if (keys.size() > capacity) {
      evict();
    }
    return fresh;
  }

  private KeyMaterial derive(
      MasterKey masterKey, String deviceId, Epoch epoch, Algorithm algorithm) {
    DeviceKeyDeriver deriver;
    synchronized (derivers) {
      deriver = derivers.get(masterKey.keyId());
      if (deriver == null) {
        deriver = DeviceKeyDeriver.of(masterKey);
        derivers.put(masterKey.keyId(), deriver);
      }
      // Under the lock: an evicted deriver is destroyed, so it must not be in use.
      return deriver.derive(deviceId, epoch, algorithm.purpose(), algorithm.keyLength());
    }
  }

  /** Evicts the least recently used eighth of the entries (at least the surplus), zeroising. */
  private void evict() {
    synchronized (evictionLock) {
      int surplus = keys.size() - capacity;
      if (surplus <= 0) {
        return;
      }
      int count = Math.max(surplus, capacity / 8);
      List<Map.Entry<Slot, Entry>> all = new ArrayList<>(keys.size() + 16);
      for (Map.Entry<Slot, Entry> e : keys.entrySet()) {
        all.add(Map.entry(e.getKey(), e.getValue()));
      }
      if (all.isEmpty()) {
        return; // cleared by close() meanwhile
      }
      long[] stamps = new long[all.size()];
      for (int i = 0; i < stamps.length; i++) {
        stamps[i] = all.get(i).getValue().lastUse;
      }
      long[] sorted = stamps.clone();
      java.util.Arrays.sort(sorted);
      long threshold = sorted[Math.min(count, sorted.length) - 1];
      int evicted = 0;
      for (int i = 0; i < stamps.length && evicted < count; i++) {
        if (stamps[i] <= threshold) {
          Map.Entry<Slot, Entry> victim = all.get(i);
          if (keys.remove(victim.getKey(), victim.getValue())) {
            victim.getValue().destroy();
            evicted++;
          }
        }
      }
    }
  }

  /** Zeroises and drops every key and the deriver of a retired master key. */
  public void forget(UUID masterKeyId) {
    for (Iterator<Map.Entry<Slot, Entry>> it = keys.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Slot, Entry> entry = it.next();
      if (entry.getKey().masterKeyId().equals(masterKeyId)) {
        it.remove();
        entry.getValue().destroy();
      }
    }
    synchronized (derivers) {
      DeviceKeyDeriver deriver = derivers.remove(masterKeyId);
      if (deriver != null) {
        deriver.destroy();
      }
    }
  }

  /** Device keys held now. */
  public int size() {
    return keys.size();
  }

  /** Device keys derived so far (cache misses). */
  public long derivations() {
    return derivations.get();
  }

  /** The cached key material itself, for tests that check zeroisation on eviction. */
  KeyMaterial cached(UUID masterKeyId, String deviceId, Epoch epoch, Algorithm alg) {
    Entry entry = keys.get(new Slot(masterKeyId, deviceId, epoch, alg));
    return entry == null ? null : entry.key;
  }

  /** The cached entry itself, for tests. */
  Entry cachedEntry(UUID masterKeyId, String deviceId, Epoch epoch, Algorithm alg) {
    return keys.get(new Slot(masterKeyId, deviceId, epoch, alg));
  }

  /** Zeroises everything. */
  @Override
  public void close() {
    for (Iterator<Entry> it = keys.values().iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      it.remove();
      entry.destroy();
    }
    synchronized (derivers) {
      derivers.values().forEach(DeviceKeyDeriver::destroy);
      derivers.clear();
    }
  }
}
