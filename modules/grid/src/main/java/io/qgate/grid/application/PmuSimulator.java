package io.qgate.grid.application;

import io.qgate.grid.domain.PhasorChannel;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.grid.domain.synchrophasor.TimeQuality;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A simulated PMU producing C37.118.2 data frames. The model, per frame at time t:
 *
 * <ul>
 *   <li>Time stamp: t rounded down to the reporting grid (frames at integer multiples of 1/rate
 *       within the second, C37.118.1-2011 §4.3), FRACSEC = k·TIME_BASE/rate, time quality locked.
 *   <li>FREQ = f_nominal + {@link FrequencyNoise} + the {@link GridEventSchedule} trip deviation.
 *   <li>DFREQ = (FREQ_k − FREQ_k−1) / Δt on the transmitted single-precision values, so the ROCOF a
 *       consumer reads is exactly the derivative of the frequencies it reads.
 *   <li>Phasor angle: a synchrophasor rotates at 2π·(f − f_nominal) rad/s relative to the nominal
 *       reference (C37.118.1-2011 §4.2), integrated with the mean frequency of the step; voltages
 *       120° apart (A, B = A − 120°, C = A + 120°), currents lag their voltage by 0.2 rad (power
 *       factor ≈ 0.98).
 *   <li>Magnitudes: voltage kV·1000/√3 with 0.2 % noise, current loadAmps with 1 % noise (RMS).
 * </ul>
 *
 * Deterministic given the fleet seed and the IDCODE. The gateway calls one device from one thread
 * at a time; the methods are synchronized only so that a hand-over between threads is safe.
 */
public final class PmuSimulator implements SimulatedDevice {

  private static final double TWO_PI = 2 * Math.PI;
  private static final double CURRENT_LAG = 0.2;
  private static final double[] PHASE_OFFSET = {0, -TWO_PI / 3, TWO_PI / 3};

  private final Pmu pmu;
  private final SynchrophasorCodec codec;
  private final SplittableRandom random;
  private final FrequencyNoise noise;
  private final GridEventSchedule events;
  private final double nominal;
  private final double voltage;
  private final double current;
  private final long periodNanos;
  private long lastNanos = Long.MIN_VALUE;
  private float lastFrequency;
  private float lastRocof;
  private double phase;

  public PmuSimulator(Pmu pmu, SimulationSettings settings) {
    this.pmu = pmu;
    this.codec = new SynchrophasorCodec(pmu);
    this.random = new SplittableRandom(settings.seed() * 31 + pmu.idCode());
    this.noise = new FrequencyNoise(settings.frequencyNoiseHz(), random);
    this.events = new GridEventSchedule(settings.seed(), settings.eventsPerHour());
    this.nominal = pmu.nominalFrequency().hertz();
    this.voltage = settings.lineToLineKv() * 1000 / Math.sqrt(3);
    this.current = settings.loadAmps();
    this.periodNanos = 1_000_000_000L / pmu.reportingRate();
    this.phase = (random.nextDouble() * 2 - 1) * Math.PI;
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
    return codec.encode(measure(time));
  }

  /** The frame of the reading at {@code time}, before encoding; advances the simulation. */
  synchronized SynchrophasorFrame measure(Instant time) {
    int rate = pmu.reportingRate();
    long soc = time.getEpochSecond();
    int k = (int) ((long) time.getNano() * rate / 1_000_000_000L);
    long nanos = soc * 1_000_000_000L + k * 1_000_000_000L / rate;
    int fraction = (int) Math.round((double) k * pmu.timeBase() / rate);
    if (lastNanos == Long.MIN_VALUE) {
      lastNanos = nanos - periodNanos;
      lastFrequency = (float) (nominal + noise.current() + events.deviation(lastNanos / 1e9));
    }
    if (nanos > lastNanos) {
      double dt = (nanos - lastNanos) / 1e9;
      float f = (float) (nominal + noise.step(dt) + events.deviation(nanos / 1e9));
      lastRocof = (float) ((f - (double) lastFrequency) / dt);
      phase = wrap(phase + TWO_PI * (((double) f + lastFrequency) / 2 - nominal) * dt);
      lastFrequency = f;
      lastNanos = nanos;
    }
    return frame(soc, fraction);
  }

  private SynchrophasorFrame frame(long soc, int fraction) {
    int n = pmu.phasors().size();
    float[] magnitudes = new float[n];
    float[] angles = new float[n];
    int voltages = 0;
    int currents = 0;
    for (int i = 0; i < n; i++) {
      boolean isVoltage = pmu.phasors().get(i).kind() == PhasorChannel.Kind.VOLTAGE;
      int phaseIndex = (isVoltage ? voltages++ : currents++) % 3;
      double angle = phase + PHASE_OFFSET[phaseIndex];
      if (isVoltage) {
        magnitudes[i] = (float) (voltage * (1 + 0.002 * random.nextGaussian()));
        angles[i] = (float) wrap(angle + 0.0005 * random.nextGaussian());
      } else {
        magnitudes[i] = (float) (current * (1 + 0.01 * random.nextGaussian()));
        angles[i] = (float) wrap(angle - CURRENT_LAG + 0.002 * random.nextGaussian());
      }
    }
    return new SynchrophasorFrame(
        pmu.idCode(),
        soc,
        TimeQuality.LOCKED,
        fraction,
        StatWord.OK,
        magnitudes,
        angles,
        lastFrequency,
        lastRocof);
  }

  private static double wrap(double angle) {
    double a = angle % TWO_PI;
    if (a > Math.PI) {
      a -= TWO_PI;
    } else if (a < -Math.PI) {
      a += TWO_PI;
    }
    return a;
  }
}
