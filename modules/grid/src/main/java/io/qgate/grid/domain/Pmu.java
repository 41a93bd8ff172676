package io.qgate.grid.domain;

import java.util.List;
import java.util.Objects;

/**
 * A phasor measurement unit and the part of its configuration (the CFG-2 frame, IEEE C37.118.2-2011
 * §6.4 Tables 8 and 9) a consumer needs to read its data frames. The configuration is fixed: a PMU
 * whose configuration changes gets a new one.
 *
 * @param deviceId the id in the qgate device registry, at most 63 characters
 * @param idCode the data stream IDCODE, 1..65534 (0 and 65535 are reserved, §6.2 Table 2)
 * @param stationName STN, at most 16 ASCII characters (§6.4 Table 9)
 * @param phasors the phasor channels in frame order (PHNMR and CHNAM, §6.4 Table 9)
 * @param nominalFrequency FNOM (§6.4 Table 9)
 * @param reportingRate DATA_RATE in frames per second (§6.4 Table 8), one of the C37.118.1-2011
 *     required reporting rates ({@link NominalFrequency})
 * @param timeBase TIME_BASE, the FRACSEC resolution, 1..2^24-1 (§6.4 Table 8)
 */
public record Pmu(
    String deviceId,
    int idCode,
    String stationName,
    List<PhasorChannel> phasors,
    NominalFrequency nominalFrequency,
    int reportingRate,
    int timeBase) {

  /** The device registry's limit on device ids. */
  public static final int MAX_DEVICE_ID_LENGTH = 63;

  /** Microsecond resolution, the TIME_BASE most PMUs announce. */
  public static final int DEFAULT_TIME_BASE = 1_000_000;

  public Pmu {
    if (deviceId == null || deviceId.isBlank() || deviceId.length() > MAX_DEVICE_ID_LENGTH) {
      throw new IllegalArgumentException("device id must have 1..63 characters: " + deviceId);
    }
    if (idCode < 1 || idCode > 65_534) {
      throw new IllegalArgumentException("IDCODE must be 1..65534, not " + idCode);
    }
    PhasorChannel.requireAsciiName(stationName, "station name");
    phasors = List.copyOf(phasors);
    if (phasors.isEmpty()) {
      throw new IllegalArgumentException("a PMU reports at least one phasor");
    }
    Objects.requireNonNull(nominalFrequency, "nominalFrequency");
    if (!nominalFrequency.supportsReportingRate(reportingRate)) {
      throw new IllegalArgumentException(
          "reporting rate "
              + reportingRate
              + " frames/s is not a C37.118.1 rate for "
              + nominalFrequency.hertz()
              + " Hz systems: "
              + java.util.Arrays.toString(nominalFrequency.reportingRates()));
    }
    if (timeBase < 1 || timeBase > 0xFF_FFFF) {
      throw new IllegalArgumentException("TIME_BASE must be 1..16777215, not " + timeBase);
    }
  }

  /**
   * The usual transmission-substation PMU: the three phase-to-neutral voltages VA, VB, VC and the
   * current of phase A of one feeder, microsecond time base.
   */
  public static Pmu threePhase(
      String deviceId, int idCode, String stationName, NominalFrequency f, int reportingRate) {
    return new Pmu(
        deviceId,
        idCode,
        stationName,
        List.of(
            PhasorChannel.voltage("VA"),
            PhasorChannel.voltage("VB"),
            PhasorChannel.voltage("VC"),
            PhasorChannel.current("IA")),
        f,
        reportingRate,
        DEFAULT_TIME_BASE);
  }
}
