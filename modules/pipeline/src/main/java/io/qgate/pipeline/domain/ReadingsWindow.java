package io.qgate.pipeline.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last minute of one domain's readings, in memory, for people watching live: at most one
 * reading a device per {@code interval} (a PMU sends 50 a second; a chart needs one), {@code depth}
 * per device, {@code maxDevices} devices. Never persisted: the readings stay encrypted in Kafka,
 * and this window dies with the instance.
 */
public final class ReadingsWindow {

  private final Duration interval;
  private final int depth;
  private final int maxDevices;
  private final Map<String, Deque<LiveReading>> devices = new ConcurrentHashMap<>();

  public ReadingsWindow(Duration interval, int depth, int maxDevices) {
    this.interval = interval;
    this.depth = depth;
    this.maxDevices = maxDevices;
  }

  /** One minute at one reading a second, for up to 5,000 devices. */
  public static ReadingsWindow lastMinute() {
    return new ReadingsWindow(Duration.ofSeconds(1), 60, 5_000);
  }

  /**
   * Whether a reading of the device at {@code time} would be kept: asked before the reading is
   * decrypted, since most are not.
   */
  public boolean wants(String deviceId, Instant time) {
    Deque<LiveReading> readings = devices.get(deviceId);
    if (readings == null) {
      return devices.size() < maxDevices;
    }
    synchronized (readings) {
      LiveReading last = readings.peekLast();
      return last == null || !time.isBefore(last.time().plus(interval));
    }
  }

  /**
   * Keeps the reading if the device's last kept one is at least {@code interval} older; {@code
   * values} is only evaluated then (decoding every frame would cost the consumer).
   */
  public void offer(String deviceId, Instant time, Supplier<Map<String, Object>> values) {
    Deque<LiveReading> readings = devices.get(deviceId);
    if (readings == null) {
      if (devices.size() >= maxDevices) {
        return;
      }
      readings = devices.computeIfAbsent(deviceId, id -> new ArrayDeque<>(depth));
    }
    synchronized (readings) {
      LiveReading last = readings.peekLast();
      if (last != null && time.isBefore(last.time().plus(interval))) {
        return;
      }
      readings.addLast(new LiveReading(deviceId, time, values.get()));
      while (readings.size() > depth) {
        readings.removeFirst();
      }
    }
  }

  /** The newest reading of every device, by device id. */
  public List<LiveReading> latest() {
    List<LiveReading> latest = new ArrayList<>();
    devices.values().forEach(readings -> newest(readings).ifPresent(latest::add));
    latest.sort(Comparator.comparing(LiveReading::deviceId));
    return latest;
  }

  /** The kept readings of one device, oldest first; empty if none arrived here. */
  public List<LiveReading> of(String deviceId) {
    Deque<LiveReading> readings = devices.get(deviceId);
    if (readings == null) {
      return List.of();
    }
    synchronized (readings) {
      return List.copyOf(readings);
    }
  }

  private static Optional<LiveReading> newest(Deque<LiveReading> readings) {
    synchronized (readings) {
      return Optional.ofNullable(readings.peekLast());
    }
  }
}
