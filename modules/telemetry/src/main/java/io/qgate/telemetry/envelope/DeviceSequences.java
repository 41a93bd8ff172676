package io.qgate.telemetry.envelope;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Hands out each device's sequence numbers, strictly increasing: the first is the current time in
 * microseconds since 1970, every later one is one more. The nonce is a function of the sequence, so
 * this class is what keeps nonces from repeating under one device key.
 *
 * <p>A gateway keeps no state across restarts. A restarted gateway starts each device at the new
 * current time, which is above every number it handed out before unless it sustained more than one
 * record per microsecond for that device (a million per second) — and a restarted gateway draws a
 * fresh master key anyway, so its device keys differ as well. The clock must not step back by more
 * than the restart takes; NTP slews, it does not step, on a running system.
 *
 * <p>Thread-safe. Memory: one counter per device seen.
 */
public final class DeviceSequences {

  private final LongSupplier microsClock;
  private final ConcurrentHashMap<String, AtomicLong> last = new ConcurrentHashMap<>();

  /** Starting devices at the system clock. */
  public DeviceSequences() {
    this(DeviceSequences::nowMicros);
  }

  /** Starting devices at {@code microsClock} (microseconds since 1970; tests pass a fixed one). */
  public DeviceSequences(LongSupplier microsClock) {
    this.microsClock = microsClock;
  }

  /** The next sequence number of {@code deviceId}. */
  public long next(String deviceId) {
    long sequence =
        last.computeIfAbsent(deviceId, id -> new AtomicLong(microsClock.getAsLong() - 1))
            .incrementAndGet();
    if (sequence < 0) {
      throw new IllegalStateException("sequence numbers of a device exhausted");
    }
    return sequence;
  }

  static long nowMicros() {
    Instant now = Instant.now();
    return Math.addExact(
        Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1000);
  }
}
