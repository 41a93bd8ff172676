package io.qgate.grid.application;

import io.qgate.grid.domain.PhasorChannel;
import io.qgate.grid.domain.Pmu;
import java.util.random.RandomGenerator;

/**
 * The phasors of a balanced three-phase bay. A synchrophasor is measured against a cosine at
 * nominal frequency locked to UTC, so its angle turns at 2π·(f − f_nominal) rad/s (IEEE
 * C37.118.1-2011 clause 4, synchrophasor definition); the model integrates that with the mean
 * frequency of each step. Voltages are phase-to-neutral RMS, kV·1000/√3 with 0.2 % noise, 120°
 * apart in ABC sequence (B = A − 120°, C = A + 120°); currents carry the load current with 1 %
 * noise and lag their phase voltage by 0.2 rad (power factor ≈ 0.98). Channels are assigned to
 * phases A, B, C in order of appearance.
 */
final class PhasorModel {

  private static final double TWO_PI = 2 * Math.PI;
  private static final double CURRENT_LAG = 0.2;
  private static final double[] PHASE_OFFSET = {0, -TWO_PI / 3, TWO_PI / 3};

  private final boolean[] voltage;
  private final int[] phaseOf;
  private final double volts;
  private final double amps;
  private final RandomGenerator random;
  private double angle;

  PhasorModel(Pmu pmu, SimulationSettings settings, RandomGenerator random) {
    int n = pmu.phasors().size();
    this.voltage = new boolean[n];
    this.phaseOf = new int[n];
    int voltages = 0;
    int currents = 0;
    for (int i = 0; i < n; i++) {
      voltage[i] = pmu.phasors().get(i).kind() == PhasorChannel.Kind.VOLTAGE;
      phaseOf[i] = (voltage[i] ? voltages++ : currents++) % 3;
    }
    this.volts = settings.lineToLineKv() * 1000 / Math.sqrt(3);
    this.amps = settings.loadAmps();
    this.random = random;
    this.angle = (random.nextDouble() * 2 - 1) * Math.PI;
  }

  /** Turns the reference angle of phase A by the step's mean deviation from nominal. */
  void advance(double meanDeviationHz, double seconds) {
    angle = wrap(angle + TWO_PI * meanDeviationHz * seconds);
  }

  /** Fills magnitudes and angles of all channels at the current angle, with measurement noise. */
  void sample(float[] magnitudes, float[] angles) {
    for (int i = 0; i < voltage.length; i++) {
      double a = angle + PHASE_OFFSET[phaseOf[i]];
      if (voltage[i]) {
        magnitudes[i] = (float) (volts * (1 + 0.002 * random.nextGaussian()));
        angles[i] = (float) wrap(a + 0.0005 * random.nextGaussian());
      } else {
        magnitudes[i] = (float) (amps * (1 + 0.01 * random.nextGaussian()));
        angles[i] = (float) wrap(a - CURRENT_LAG + 0.002 * random.nextGaussian());
      }
    }
  }

  /** The angle in [−π, π], the range of C37.118.2-2011 §6.3 Table 6. */
  static double wrap(double angle) {
    double a = angle % TWO_PI;
    if (a > Math.PI) {
      a -= TWO_PI;
    } else if (a < -Math.PI) {
      a += TWO_PI;
    }
    return a;
  }
}
