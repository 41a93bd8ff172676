package io.qgate.grid.domain;

import java.util.Arrays;

/**
 * The nominal frequency of a synchronous area, with the reporting rates a PMU must support there.
 * Continental Europe (the demo grid in Bavaria) runs at 50 Hz, North America at 60 Hz.
 *
 * <p>Reporting rates: the table "Required PMU reporting rates" of IEEE C37.118.1-2011 clause 5: 10,
 * 25, 50 frames/s for 50 Hz systems; 10, 12, 15, 20, 30, 60 frames/s for 60 Hz systems. The rate is
 * announced in DATA_RATE and the nominal frequency in FNOM (bit 0: 1 = 50 Hz, 0 = 60 Hz) of the
 * configuration frame, IEEE C37.118.2-2011 §6.4 Table 9.
 */
public enum NominalFrequency {
  HZ_50(50.0, 50, 10, 25, 50),
  HZ_60(60.0, 60, 10, 12, 15, 20, 30, 60);

  private final double hertz;
  private final int defaultRate;
  private final int[] reportingRates;

  NominalFrequency(double hertz, int defaultRate, int... reportingRates) {
    this.hertz = hertz;
    this.defaultRate = defaultRate;
    this.reportingRates = reportingRates;
  }

  /** The nominal frequency in Hz. */
  public double hertz() {
    return hertz;
  }

  /** The highest standard rate: the one a wide-area monitoring demo wants. */
  public int defaultReportingRate() {
    return defaultRate;
  }

  /** Whether C37.118.1-2011 requires {@code framesPerSecond} for this system frequency. */
  public boolean supportsReportingRate(int framesPerSecond) {
    return Arrays.stream(reportingRates).anyMatch(rate -> rate == framesPerSecond);
  }

  /** The standard rates, for error messages and documentation. */
  public int[] reportingRates() {
    return reportingRates.clone();
  }

  /** The frequency with the given value in Hz (50 or 60). */
  public static NominalFrequency ofHertz(double hertz) {
    for (NominalFrequency f : values()) {
      if (f.hertz == hertz) {
        return f;
      }
    }
    throw new IllegalArgumentException("nominal frequency must be 50 or 60 Hz, not " + hertz);
  }
}
