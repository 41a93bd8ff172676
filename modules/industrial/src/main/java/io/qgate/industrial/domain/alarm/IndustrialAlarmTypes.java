package io.qgate.industrial.domain.alarm;

/**
 * The alert types the industrial consumer raises on {@code qgate.alerts.v1}. Every raised alarm has
 * a matching {@code _CLEARED} type, so the console can pair them (ISA-18.2's alarm states: active,
 * then return to normal).
 */
public final class IndustrialAlarmTypes {

  public static final String THRESHOLD_HIGH = "INDUSTRIAL_THRESHOLD_HIGH";
  public static final String THRESHOLD_HIGH_CLEARED = "INDUSTRIAL_THRESHOLD_HIGH_CLEARED";
  public static final String THRESHOLD_LOW = "INDUSTRIAL_THRESHOLD_LOW";
  public static final String THRESHOLD_LOW_CLEARED = "INDUSTRIAL_THRESHOLD_LOW_CLEARED";
  public static final String BAD_QUALITY = "INDUSTRIAL_BAD_QUALITY";
  public static final String BAD_QUALITY_CLEARED = "INDUSTRIAL_BAD_QUALITY_CLEARED";
  public static final String UNCERTAIN_QUALITY = "INDUSTRIAL_UNCERTAIN_QUALITY";
  public static final String UNCERTAIN_QUALITY_CLEARED = "INDUSTRIAL_UNCERTAIN_QUALITY_CLEARED";

  /** Sparkplug seq skipped numbers: payloads of the PLC were lost. */
  public static final String METRICS_GAP = "INDUSTRIAL_METRICS_GAP";

  /** A payload from a device with no known configuration (no birth certificate). */
  public static final String UNKNOWN_DEVICE = "INDUSTRIAL_UNKNOWN_DEVICE";

  /** A metric alias the PLC's configuration does not declare. */
  public static final String UNKNOWN_TAG = "INDUSTRIAL_UNKNOWN_TAG";

  private IndustrialAlarmTypes() {}
}
