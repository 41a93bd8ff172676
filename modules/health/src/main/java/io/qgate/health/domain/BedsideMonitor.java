package io.qgate.health.domain;

/**
 * A bedside patient monitor: a registered device (kind {@code BEDSIDE_MONITOR}) at a bed, attached
 * to one patient known only by a pseudonymous reference. The device id is the bed's ({@link
 * Bed#deviceId()}), so a monitor moved to another bed is re-registered under a new id.
 */
public record BedsideMonitor(String deviceId, Bed bed, PatientReference patient) {

  /** The registry's device kind. */
  public static final String KIND = "BEDSIDE_MONITOR";

  public BedsideMonitor {
    if (bed == null || patient == null) {
      throw new IllegalArgumentException("a monitor stands at a bed and watches a patient");
    }
    if (deviceId == null || !deviceId.equals(bed.deviceId())) {
      throw new IllegalArgumentException("a monitor's device id is its bed's: " + bed.deviceId());
    }
  }

  /** The monitor at {@code bed}, attached to {@code patient}. */
  public static BedsideMonitor at(Bed bed, PatientReference patient) {
    return new BedsideMonitor(bed.deviceId(), bed, patient);
  }

  public Ward ward() {
    return bed.ward();
  }
}
