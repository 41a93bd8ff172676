package io.qgate.grid.application;

import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.grid.domain.synchrophasor.TimeQuality;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A simulated PMU producing C37.118.2 data frames. Per frame at time t:
 *
 * <ul>
 *   <li>Time stamp: t rounded down to the reporting grid (integer multiples of 1/rate within the
 *       second, C37.118.1-2011 clause 5, reporting rates), FRACSEC = k·TIME_BASE/rate, time quality
 *       locked.
 *   <li>STAT ok, except during the PMU's own {@link PmuFaultSchedule} faults (none by default).
 *   <li>FREQ = f_nominal + {@link FrequencyNoise} + the {@link GridEventSchedule} trip deviation.
 *   <li>DFREQ = (FREQ_k − FREQ_k−1) / Δt on the transmitted single-precision values, so the ROCOF a
 *       consumer reads is exactly the derivative of the frequencies it reads.
 *   <li>Phasors: {@link PhasorModel}.
 * </ul>
 *
 * A repeated or earlier time repeats the last measurement under the new time stamp. Deterministic
 * given the fleet seed and the IDCODE. The gateway calls one device from one thread at a time; the
 * methods are synchronized only so that a hand-over between threads is safe.
 */
public final class PmuSimulator implements SimulatedDevice {

  private final Pmu pmu;
  private final SynchrophasorCodec codec;
  private final FrequencyNoise noise;
  private final GridEventSchedule events;
  private final PmuFaultSchedule faults;
  private final PhasorModel phasors;
  private final double nominal;
  private final long periodNanos;
  private long lastNanos = Long.MIN_VALUE;
  private float lastFrequency;
  private float lastRocof;

  public PmuSimulator(Pmu pmu, SimulationSettings settings) {
    SplittableRandom random = new SplittableRandom(settings.seed() * 31 + pmu.idCode());
    this.pmu = pmu;
    this.codec = new SynchrophasorCodec(pmu);
    this.noise = new FrequencyNoise(settings.frequencyNoiseHz(), random);
    this.events = new GridEventSchedule(settings.seed(), settings.eventsPerHour());
    this.faults = new PmuFaultSchedule(settings.seed(), pmu.idCode(), settings.pmuFaultsPerHour());
    this.phasors = new PhasorModel(pmu, settings, random);
    this.nominal = pmu.nominalFrequency().hertz();
    this.periodNanos = 1_000_000_000L / pmu.reportingRate();
  }

  public Pmu pmu() {
    return pmu;
  }

  @Override
  public String id() {
    return pmu.deviceId();
  }

  @Override
  public String kind() {
    return "PMU";
  }

  @Override
  public double readingsPerSecond() {
    return pmu.reportingRate();
  }

  @Override
  public synchronized byte[] nextReading(Instant time) {
    int rate = pmu.reportingRate();
    long soc = time.getEpochSecond();
    int k = (int) ((long) time.getNano() * rate / 1_000_000_000L);
    long nanos = soc * 1_000_000_000L + k * 1_000_000_000L / rate;
    if (lastNanos == Long.MIN_VALUE) {
      lastNanos = nanos - periodNanos;
      lastFrequency = (float) (nominal + noise.current() + events.deviation(lastNanos / 1e9));
    }
    if (nanos > lastNanos) {
      double dt = (nanos - lastNanos) / 1e9;
      float f = (float) (nominal + noise.step(dt) + events.deviation(nanos / 1e9));
      lastRocof = (float) ((f - (double) lastFrequency) / dt);
      phasors.advance(((double) f + lastFrequency) / 2 - nominal, dt);
      lastFrequency = f;
      lastNanos = nanos;
    }
    int n = pmu.phasors().size();
    float[] magnitudes = new float[n];
    float[] angles = new float[n];
    phasors.sample(magnitudes, angles);
    return codec.encode(
        new SynchrophasorFrame(
            pmu.idCode(),
            soc,
            TimeQuality.LOCKED,
            (int) Math.round((double) k * pmu.timeBase() / rate),
            faults.stat(nanos / 1e9),
            magnitudes,
            angles,
            lastFrequency,
            lastRocof));
  }
}
