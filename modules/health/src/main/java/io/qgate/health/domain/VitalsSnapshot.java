package io.qgate.health.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What one monitor measured at one instant: the content of one reading on {@code
 * qgate.health.vitals.v1}. A monitor need not report every vital sign every time (a non-invasive
 * cuff measures blood pressure every few minutes), but systolic and diastolic pressure come
 * together, as the FHIR blood-pressure panel requires both components, and the diastolic never
 * exceeds the systolic.
 *
 * @param deviceId the reporting monitor, a FHIR id ({@code [A-Za-z0-9\-\.]{1,63}})
 * @param patient the pseudonymous subject
 * @param effective when the values were measured
 * @param values the measured values, each within its sign's possible range
 */
public record VitalsSnapshot(
    String deviceId, PatientReference patient, Instant effective, Map<VitalSign, Double> values) {

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,63}");

  public VitalsSnapshot {
    if (deviceId == null || !FHIR_ID.matcher(deviceId).matches()) {
      throw new IllegalArgumentException("device id must be a FHIR id of at most 63 characters");
    }
    if (patient == null || effective == null || values == null || values.isEmpty()) {
      throw new IllegalArgumentException("a snapshot has a patient, a time and some values");
    }
    EnumMap<VitalSign, Double> copy = new EnumMap<>(VitalSign.class);
    values.forEach(
        (sign, value) -> {
          if (value == null || !sign.isPossible(value)) {
            throw new IllegalArgumentException(sign + " is outside its possible range");
          }
          copy.put(sign, value + 0.0); // -0.0 becomes 0.0: it is the same measurement
        });
    if (copy.containsKey(VitalSign.SYSTOLIC_BLOOD_PRESSURE)
        != copy.containsKey(VitalSign.DIASTOLIC_BLOOD_PRESSURE)) {
      throw new IllegalArgumentException("systolic and diastolic pressure come together");
    }
    if (copy.containsKey(VitalSign.SYSTOLIC_BLOOD_PRESSURE)
        && copy.get(VitalSign.DIASTOLIC_BLOOD_PRESSURE)
            > copy.get(VitalSign.SYSTOLIC_BLOOD_PRESSURE)) {
      throw new IllegalArgumentException("diastolic pressure cannot exceed systolic pressure");
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** The value of {@code sign}, if it was measured. */
  public OptionalDouble value(VitalSign sign) {
    Double value = values.get(sign);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Whether this snapshot carries a blood pressure measurement. */
  public boolean hasBloodPressure() {
    return values.containsKey(VitalSign.SYSTOLIC_BLOOD_PRESSURE);
  }

  /** Never the patient reference nor the values: they are health data. */
  @Override
  public String toString() {
    return "VitalsSnapshot[deviceId="
        + deviceId
        + ", effective="
        + effective
        + ", signs="
        + values.keySet()
        + "]";
  }
}
