package io.qgate.grid.domain.synchrophasor;

/**
 * The STAT word of a data frame, IEEE C37.118.2-2011 §6.3 Table 6: bits 15–14 data error (00 good,
 * 01 PMU error – no information about data, 10 PMU in test mode or absent data inserted – do not
 * use values, 11 PMU error – do not use values), bit 13 PMU sync error (1 = not locked to a
 * UTC-traceable source), bit 12 data sorting, bit 11 trigger, bit 10 configuration change, bit 9
 * data modified, bits 8–6 PMU time quality (Table 7), bits 5–4 unlocked time, bits 3–0 trigger
 * reason. Static helpers over the raw int, so that reading a flag allocates nothing.
 */
public final class StatWord {

  /** All clear: good data, in sync, sorted by time stamp. */
  public static final int OK = 0;

  /** Bits 15–14 = 11: PMU error, do not use values. */
  public static final int DATA_ERROR_PMU = 0b11 << 14;

  /** Bits 15–14 = 10: test mode or absent data inserted, do not use values. */
  public static final int DATA_ERROR_TEST_MODE = 0b10 << 14;

  /** Bit 13: PMU sync error. */
  public static final int SYNC_ERROR = 1 << 13;

  private StatWord() {}

  /** Bits 15–14, 0..3. */
  public static int dataError(int stat) {
    return (stat >>> 14) & 0b11;
  }

  /** Whether bit 13 reports the PMU lost its UTC time source, so its time tags are suspect. */
  public static boolean syncLost(int stat) {
    return (stat & SYNC_ERROR) != 0;
  }

  /** Whether a consumer may use the measurements: no data error and time-synchronised. */
  public static boolean usable(int stat) {
    return dataError(stat) == 0 && !syncLost(stat);
  }

  /** Why the data is not usable, for an operator; "ok" when it is. */
  public static String describe(int stat) {
    String error =
        switch (dataError(stat)) {
          case 0b01 -> "PMU error, no information about data";
          case 0b10 -> "PMU in test mode or absent data inserted";
          case 0b11 -> "PMU error";
          default -> null;
        };
    if (error != null && syncLost(stat)) {
      return error + "; time synchronisation lost";
    }
    if (error != null) {
      return error;
    }
    return syncLost(stat) ? "time synchronisation lost" : "ok";
  }
}
