package io.qgate.health.infrastructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.health.TestVitals;
import io.qgate.health.domain.VitalsSnapshot;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A consumer must survive any payload: whatever the bytes, the parser returns a valid snapshot or
 * throws {@link MalformedReadingException}, never anything else that would kill a consumer thread.
 */
class VitalsBundleParserFuzzTest {

  private final VitalsBundleParser parser = new VitalsBundleParser();

  @Property(tries = 500)
  void arbitraryBytesAreRejectedCleanly(@ForAll byte[] payload) {
    assertParsesOrRejects(payload);
  }

  @Property(tries = 2000)
  void aDamagedReadingParsesOrIsRejectedCleanly(@ForAll("damaged") String json) {
    assertParsesOrRejects(TestVitals.bytes(json));
  }

  @Test
  void absurdNumbersAreRejectedCleanly() {
    for (String number :
        new String[] {"1e999999999", "-1e999999999", "1" + "0".repeat(5000), "1e400"}) {
      String json = TestVitals.normalJson().replaceFirst("\"value\":72", "\"value\":" + number);
      assertThatThrownBy(() -> parser.parse(TestVitals.bytes(json)))
          .isInstanceOf(MalformedReadingException.class);
    }
  }

  @Provide
  Arbitrary<String> damaged() {
    String json = TestVitals.normalJson();
    Arbitrary<Integer> at = Arbitraries.integers().between(0, json.length() - 1);
    Arbitrary<String> junk =
        Arbitraries.strings().withChars("{}[]\":,0123456789.-eE tnulfas/%").ofMaxLength(4);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
    return at.flatMap(
        i ->
            cut.flatMap(
                n ->
                    junk.map(
                        j ->
                            json.substring(0, i)
                                + j
                                + json.substring(Math.min(json.length(), i + n)))));
  }

  private void assertParsesOrRejects(byte[] payload) {
    try {
      VitalsSnapshot snapshot = parser.parse(payload);
      assertThat(snapshot.values()).isNotEmpty();
    } catch (MalformedReadingException e) {
      assertThat(e.getMessage())
          .startsWith("vitals reading: ")
          .doesNotContain(TestVitals.PATIENT.value());
    }
  }
}
