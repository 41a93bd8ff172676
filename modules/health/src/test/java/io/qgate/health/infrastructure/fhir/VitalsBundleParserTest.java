package io.qgate.health.infrastructure.fhir;

import static io.qgate.health.TestVitals.PATIENT;
import static io.qgate.health.TestVitals.bytes;
import static io.qgate.health.TestVitals.normalJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.qgate.health.TestVitals;
import io.qgate.health.domain.VitalSign;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser accepts what the vital-signs profile allows and rejects what a consumer can't trust.
 */
class VitalsBundleParserTest {

  private final VitalsBundleParser parser = new VitalsBundleParser();

  @Test
  void readsTheWritersBundle() {
    VitalsSnapshot snapshot = parser.parse(bytes(normalJson()));

    assertThat(snapshot.deviceId()).isEqualTo(TestVitals.DEVICE);
    assertThat(snapshot.patient()).isEqualTo(PATIENT);
    assertThat(snapshot.effective()).isEqualTo(TestVitals.T0);
    assertThat(snapshot.values()).isEqualTo(TestVitals.normal());
  }

  @Test
  void acceptsSpo2CodedOnlyAs2708AndTimesWithAnOffset() {
    String json =
        normalJson()
            .replace("\"code\":\"59408-5\"", "\"code\":\"x-local\"")
            .replace("2026-11-27T00:00:00Z", "2026-11-27T01:00:00+01:00");

    VitalsSnapshot snapshot = parser.parse(bytes(json));

    assertThat(snapshot.value(VitalSign.OXYGEN_SATURATION)).hasValue(97);
    assertThat(snapshot.effective()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
  }

  static Stream<Arguments> malformed() {
    String p = PATIENT.value();
    return Stream.of(
        arguments("not JSON", text(s -> "{\"resourceType\": \"Bundle\","), "not a JSON object"),
        arguments("a JSON array", text(s -> "[" + s + "]"), "not a JSON object"),
        arguments("empty payload", text(s -> ""), "payload must be"),
        arguments("oversized payload", text(s -> s + " ".repeat(70_000)), "payload must be"),
        arguments("wrong resourceType", first("\"Bundle\"", "\"Patient\""), "resourceType must"),
        arguments("not a collection", first("\"collection\"", "\"batch\""), "type must"),
        arguments("no entries", text(s -> s.replaceAll("\"entry\":.*", "\"entry\":[]}")), "entry"),
        arguments(
            "entry not an object",
            text(s -> s.replaceAll("\"entry\":.*", "\"entry\":[1]}")),
            "entry[0]"),
        arguments(
            "observation resourceType",
            first("\"Observation\"", "\"Condition\""),
            "entry[0].resource.resourceType must"),
        arguments("status", first("\"final\"", "\"preliminary\""), "status must be \"final\""),
        arguments("category", all("\"vital-signs\"", "\"laboratory\""), "category must include"),
        arguments("unknown LOINC", first("\"8867-4\"", "\"1234-5\""), "no known vital-signs LOINC"),
        arguments(
            "LOINC code in another system",
            first(
                "http://loinc.org\",\"code\":\"8867-4",
                "http://snomed.info/sct\",\"code\":\"8867-4"),
            "entry[0].resource.code.coding has no known"),
        arguments(
            "wrong unit", first("\"code\":\"/min\"", "\"code\":\"%\""), "UCUM unit /min of 8867-4"),
        arguments(
            "unit in another system",
            first("http://unitsofmeasure.org", "http://example.org/units"),
            "valueQuantity.system must be"),
        arguments("heart rate 400", first("\"value\":72", "\"value\":400"), "range of 8867-4"),
        arguments("SpO2 101 %", first("\"value\":97", "\"value\":101"), "range of 59408-5"),
        arguments(
            "negative respiratory rate", first("\"value\":16", "\"value\":-1"), "range of 9279-1"),
        arguments("value as text", first("\"value\":72", "\"value\":\"72\""), "must be a number"),
        arguments("no value", first("\"value\":72,", ""), "value is missing"),
        arguments("numeric patient id", all(p, "Patient/12345"), "pseudonymous"),
        arguments("named patient id", all(p, "Patient/john-smith-1961"), "pseudonymous"),
        arguments(
            "patient with a display name",
            all("\"" + p + "\"", "\"" + p + "\",\"display\":\"John Smith\""),
            "only a pseudonymous reference"),
        arguments(
            "patient by MRN identifier",
            all("\"reference\":\"" + p + "\"", "\"identifier\":{\"value\":\"MRN-123\"}"),
            "subject.reference is missing"),
        arguments("no device", all("Device/mon-03-12", "Location/mon-03-12"), "Device reference"),
        arguments(
            "time without zone",
            all("00:00:00Z\",\"device", "00:00:00\",\"device"),
            "effectiveDateTime"),
        arguments(
            "observations of different times",
            first("00:00:00Z\",\"device", "00:00:01Z\",\"device"),
            "entry[1].resource must have the subject, device and time"),
        arguments(
            "blood pressure outside the panel", first("\"8867-4\"", "\"8480-6\""), "85354-9 panel"),
        arguments(
            "heart rate inside the panel",
            first("\"8462-4\"", "\"8867-4\""),
            "component[1].code must be systolic or diastolic"),
        arguments(
            "diastolic above systolic", first("\"value\":80", "\"value\":130"), "cannot exceed"),
        arguments(
            "diastolic missing",
            json(o -> Json.createPointer("/entry/3/resource/component/1").remove(o)),
            "come together"),
        arguments(
            "a vital sign twice",
            json(o -> Json.createPointer("/entry/-").add(o, o.getJsonArray("entry").get(0))),
            "repeats 8867-4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects(String what, UnaryOperator<String> tamper, String message) {
    assertThatThrownBy(() -> parser.parse(bytes(tamper.apply(normalJson()))))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining(message)
        .message()
        .doesNotContain(PATIENT.value(), "John", "MRN", "400", "101", "130");
  }

  private static UnaryOperator<String> text(UnaryOperator<String> tamper) {
    return tamper;
  }

  private static UnaryOperator<String> first(String from, String to) {
    return s -> {
      assertThat(s).contains(from);
      return s.replaceFirst(
          java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    };
  }

  private static UnaryOperator<String> all(String from, String to) {
    return s -> {
      assertThat(s).contains(from);
      return s.replace(from, to);
    };
  }

  private static UnaryOperator<String> json(UnaryOperator<JsonObject> tamper) {
    return s ->
        tamper.apply(Json.createReader(new java.io.StringReader(s)).readObject()).toString();
  }
}
