package io.qgate.grid.application;

import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.grid.domain.alarm.AlarmThresholds;
import io.qgate.grid.domain.alarm.PmuWatch;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import io.qgate.platform.domain.telemetry.TelemetryMonitor;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid consumer's logic for {@code qgate.grid.pmu.v1}: decodes each decrypted C37.118.2 data
 * frame with its PMU's configuration and runs the PMU's alarm rules ({@link PmuWatch}: frequency
 * excursion, ROCOF, data validity). One instance per consuming thread, as the SPI prescribes; with
 * Kafka keyed by device, each PMU's frames reach one thread in order.
 *
 * <p>The rules run on the PMU's own time stamps (SOC/FRACSEC), not on the gateway's record time:
 * the ROCOF window is a window of measurement time.
 */
public final class GridMonitor implements TelemetryMonitor {

  private record Entry(SynchrophasorCodec codec, PmuWatch watch) {}

  private final Map<String, Entry> pmus = new HashMap<>();

  /** A monitor of the PMUs of {@code substations}, with the default thresholds. */
  public GridMonitor(List<Substation> substations) {
    this(substations, AlarmThresholds.defaults());
  }

  public GridMonitor(List<Substation> substations, AlarmThresholds thresholds) {
    for (Substation s : substations) {
      for (Pmu pmu : s.pmus()) {
        Entry previous =
            pmus.put(
                pmu.deviceId(),
                new Entry(new SynchrophasorCodec(pmu), new PmuWatch(s, pmu, thresholds)));
        if (previous != null) {
          throw new IllegalArgumentException("PMU " + pmu.deviceId() + " is listed twice");
        }
      }
    }
  }

  /** A monitor of the PMUs of a simulated fleet. */
  public static GridMonitor of(GridFleet fleet) {
    return new GridMonitor(fleet.substations());
  }

  @Override
  public String topic() {
    return GridFleet.TOPIC;
  }

  /**
   * @throws MalformedReadingException if the payload is not a valid data frame of the device's
   *     configuration, or no PMU configuration is known for the device
   */
  @Override
  public List<Alert> inspect(String deviceId, Instant time, byte[] payload) {
    Entry entry = entry(deviceId);
    return entry.watch().inspect(entry.codec().decode(payload));
  }

  @Override
  public Map<String, Object> values(String deviceId, byte[] payload) {
    SynchrophasorFrame frame = entry(deviceId).codec().decode(payload);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("frequencyHz", frame.frequency());
    values.put("rocofHzPerS", frame.rocof());
    for (int phasor = 0; phasor < frame.phasorCount(); phasor++) {
      values.put("phasor" + phasor + "Magnitude", frame.magnitude(phasor));
      values.put("phasor" + phasor + "AngleRad", frame.angle(phasor));
    }
    values.put("stat", frame.stat());
    return values;
  }

  private Entry entry(String deviceId) {
    Entry entry = pmus.get(deviceId);
    if (entry == null) {
      throw new MalformedReadingException(
          "no PMU configuration for device " + deviceId + ": its frames cannot be decoded");
    }
    return entry;
  }

  /** The alarm state of one PMU, for tests and diagnostics. */
  PmuWatch watch(String deviceId) {
    Entry entry = pmus.get(deviceId);
    return entry == null ? null : entry.watch();
  }
}
