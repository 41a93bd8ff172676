package io.qgate.health;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.health.infrastructure.fhir.VitalsBundleWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Readings for tests: a fixed monitor at ward 3 bed 12, normal values unless told otherwise. */
public final class TestVitals {

  public static final String DEVICE = "mon-03-12";
  public static final PatientReference PATIENT = PatientReference.random(new SplittableRandom(7));
  public static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");

  private TestVitals() {}

  /** HR 72, SpO2 97, RR 16, BP 120/80. */
  public static Map<VitalSign, Double> normal() {
    Map<VitalSign, Double> values = new EnumMap<>(VitalSign.class);
    values.put(VitalSign.HEART_RATE, 72.0);
    values.put(VitalSign.OXYGEN_SATURATION, 97.0);
    values.put(VitalSign.RESPIRATORY_RATE, 16.0);
    values.put(VitalSign.SYSTOLIC_BLOOD_PRESSURE, 120.0);
    values.put(VitalSign.DIASTOLIC_BLOOD_PRESSURE, 80.0);
    return values;
  }

  /** Normal values with {@code sign} set to {@code value}. */
  public static Map<VitalSign, Double> normalBut(VitalSign sign, double value) {
    Map<VitalSign, Double> values = normal();
    values.put(sign, value);
    return values;
  }

  /** The payload of a reading of {@link #DEVICE} at {@code second} seconds after {@link #T0}. */
  public static byte[] reading(int second, Map<VitalSign, Double> values) {
    return new VitalsBundleWriter()
        .write(new VitalsSnapshot(DEVICE, PATIENT, T0.plusSeconds(second), values));
  }

  /** The normal reading as JSON text, for tests that tamper with it. */
  public static String normalJson() {
    return new String(reading(0, normal()), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
