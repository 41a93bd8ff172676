package io.qgate.industrial.application;

import java.util.List;

/**
 * How a simulated tag's value evolves: the process behind the signal. Analog process variables
 * follow an Ornstein–Uhlenbeck process (mean-reverting random walk: slow drift around the setpoint,
 * the usual model of a regulated process variable) plus white measurement noise; counters count;
 * discrete tags switch now and then.
 */
public sealed interface SignalModel {

  /**
   * @param noise standard deviation of the measurement noise, engineering units
   * @param drift standard deviation of the process random walk per √s
   * @param tauSeconds time constant of the reversion to the setpoint (the control loop)
   */
  record Analog(double setpoint, double noise, double drift, double tauSeconds)
      implements SignalModel {
    public Analog {
      if (!(noise >= 0 && drift >= 0 && tauSeconds > 0)) {
        throw new IllegalArgumentException("noise, drift ≥ 0 and tau > 0 required");
      }
    }
  }

  /** A production counter that grows by about {@code unitsPerSecond}. */
  record Counter(double unitsPerSecond) implements SignalModel {}

  /** A boolean that starts true and flips with {@code flipProbability} per reading. */
  record Switch(double flipProbability) implements SignalModel {}

  /** A text that moves to the next of {@code values} with {@code changeProbability}. */
  record Text(List<String> values, double changeProbability) implements SignalModel {
    public Text {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a text signal needs values");
      }
    }
  }
}
