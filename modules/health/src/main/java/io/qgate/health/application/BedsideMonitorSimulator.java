package io.qgate.health.application;

import io.qgate.health.domain.BedsideMonitor;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A simulated adult bedside monitor: heart rate 60–100 /min, SpO2 95–99 %, respiratory rate 12–20
 * /min and blood pressure around 120/80 mmHg (continuous, as from an arterial line), with noise and
 * slow drift, and now and then a {@link DeteriorationEpisode} so that alerts appear in demos. Each
 * reading is a FHIR vitals Bundle ({@link VitalsFormat}) with integer values, as monitors display
 * them. The same seed and reading times give the same readings byte for byte.
 */
public final class BedsideMonitorSimulator implements SimulatedDevice {

  private final VitalsFormat format;

  private final BedsideMonitor monitor;
  private final SimulatorSettings settings;
  private final SplittableRandom random;
  private final VitalTrend heartRate;
  private final VitalTrend saturation;
  private final VitalTrend respiration;
  private final VitalTrend systolic;
  private final VitalTrend diastolic;
  private Instant last;
  private DeteriorationEpisode episode;

  public BedsideMonitorSimulator(
      BedsideMonitor monitor, long seed, SimulatorSettings settings, VitalsFormat format) {
    this.format = format;
    this.monitor = monitor;
    this.settings = settings;
    this.random = new SplittableRandom(seed);
    this.heartRate = new VitalTrend(random, 60, 100, 0.4, 1.0);
    this.saturation = new VitalTrend(random, 95, 99, 0.05, 0.4);
    this.respiration = new VitalTrend(random, 12, 20, 0.1, 0.5);
    this.systolic = new VitalTrend(random, 105, 135, 0.3, 1.5);
    this.diastolic = new VitalTrend(random, 65, 85, 0.2, 1.0);
  }

  public BedsideMonitor monitor() {
    return monitor;
  }

  @Override
  public String id() {
    return monitor.deviceId();
  }

  @Override
  public String kind() {
    return BedsideMonitor.KIND;
  }

  @Override
  public double readingsPerSecond() {
    return settings.readingsPerSecond();
  }

  @Override
  public synchronized byte[] nextReading(Instant time) {
    return format.write(nextSnapshot(time));
  }

  /** The vitals measured at {@code time}: what {@link #nextReading} encodes. */
  synchronized VitalsSnapshot nextSnapshot(Instant time) {
    double seconds = secondsSinceLast(time);
    startOrEndEpisode(time, seconds);
    double worst = episode == null ? 0 : episode.severity(time);
    boolean desaturating =
        episode != null && episode.kind() == DeteriorationEpisode.Kind.DESATURATION;
    double hr = heartRate.next(random, seconds);
    double spo2 = saturation.next(random, seconds);
    double rr = respiration.next(random, seconds);
    if (desaturating) {
      spo2 += (episode.target() - spo2) * worst;
      hr += 15 * worst;
      rr += 6 * worst;
    } else if (episode != null) {
      hr += (episode.target() - hr) * worst;
    }
    Map<VitalSign, Double> values = new EnumMap<>(VitalSign.class);
    values.put(VitalSign.HEART_RATE, (double) Math.round(hr));
    values.put(VitalSign.OXYGEN_SATURATION, (double) Math.round(spo2));
    values.put(VitalSign.RESPIRATORY_RATE, (double) Math.round(rr));
    values.put(
        VitalSign.SYSTOLIC_BLOOD_PRESSURE, (double) Math.round(systolic.next(random, seconds)));
    values.put(
        VitalSign.DIASTOLIC_BLOOD_PRESSURE, (double) Math.round(diastolic.next(random, seconds)));
    return new VitalsSnapshot(monitor.deviceId(), monitor.patient(), time, values);
  }

  private double secondsSinceLast(Instant time) {
    double nominal = 1 / settings.readingsPerSecond();
    double seconds = last == null ? nominal : Duration.between(last, time).toMillis() / 1000.0;
    last = time;
    return Math.max(0, Math.min(seconds, 60));
  }

  private void startOrEndEpisode(Instant time, double seconds) {
    if (episode != null && episode.isOver(time)) {
      episode = null;
    }
    double chance = settings.episodesPerHour() * seconds / 3600;
    if (episode == null && chance > 0 && random.nextDouble() < chance) {
      episode = DeteriorationEpisode.random(random, time);
    }
  }
}
