package io.qgate.health.infrastructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsSnapshot;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Whatever the writer writes, the parser reads back as the same snapshot. */
class VitalsBundleRoundTripTest {

  private final VitalsBundleWriter writer = new VitalsBundleWriter();
  private final VitalsBundleParser parser = new VitalsBundleParser();

  @Property
  void everyVitalSignRoundTripsAlone(
      @ForAll VitalSign sign,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction,
      @ForAll("values") double diastolicShare,
      @ForAll("instants") Instant effective,
      @ForAll long patientSeed) {
    double value = sign.minimum() + fraction * (sign.maximum() - sign.minimum());
    Map<VitalSign, Double> values = new EnumMap<>(VitalSign.class);
    values.put(sign, value);
    if (sign == VitalSign.SYSTOLIC_BLOOD_PRESSURE) {
      values.put(VitalSign.DIASTOLIC_BLOOD_PRESSURE, Math.min(250, value * diastolicShare));
    } else if (sign == VitalSign.DIASTOLIC_BLOOD_PRESSURE) {
      values.put(VitalSign.SYSTOLIC_BLOOD_PRESSURE, 300.0);
    }
    VitalsSnapshot snapshot =
        new VitalsSnapshot(
            "mon-01-01",
            PatientReference.random(new SplittableRandom(patientSeed)),
            effective,
            values);

    assertThat(parser.parse(writer.write(snapshot))).isEqualTo(snapshot);
  }

  @Property
  void anySnapshotRoundTrips(@ForAll("snapshots") VitalsSnapshot snapshot) {
    assertThat(parser.parse(writer.write(snapshot))).isEqualTo(snapshot);
  }

  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(), 4_102_444_800L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<VitalsSnapshot> snapshots() {
    Arbitrary<String> deviceIds =
        Arbitraries.strings().withChars("abcXYZ019-.").ofMinLength(1).ofMaxLength(63);
    Arbitrary<Double> hr = Arbitraries.doubles().between(0, 300).ofScale(2);
    Arbitrary<Double> spo2 = Arbitraries.doubles().between(0, 100).ofScale(1);
    Arbitrary<Double> rr = Arbitraries.integers().between(0, 100).map(Integer::doubleValue);
    Arbitrary<Double> systolic = Arbitraries.doubles().between(0, 300);
    Arbitrary<Integer> present = Arbitraries.integers().between(1, 15);
    return Combinators.combine(
            deviceIds, Arbitraries.longs(), instants(), present, hr, spo2, rr, systolic)
        .as(
            (device, seed, time, mask, h, s, r, sys) -> {
              Map<VitalSign, Double> values = new EnumMap<>(VitalSign.class);
              if ((mask & 1) != 0) {
                values.put(VitalSign.HEART_RATE, h);
              }
              if ((mask & 2) != 0) {
                values.put(VitalSign.OXYGEN_SATURATION, s);
              }
              if ((mask & 4) != 0) {
                values.put(VitalSign.RESPIRATORY_RATE, r);
              }
              if ((mask & 8) != 0) {
                values.put(VitalSign.SYSTOLIC_BLOOD_PRESSURE, sys);
                values.put(VitalSign.DIASTOLIC_BLOOD_PRESSURE, Math.min(250, sys * 0.66));
              }
              return new VitalsSnapshot(
                  device, PatientReference.random(new SplittableRandom(seed)), time, values);
            });
  }
}
