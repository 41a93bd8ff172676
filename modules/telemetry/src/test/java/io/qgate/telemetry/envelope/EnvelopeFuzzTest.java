package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.qgate.telemetry.keys.MasterKey;
import java.util.Arrays;

/**
 * Jazzer fuzz tests of the parser and the opener. In a normal {@code mvn test} (regression mode)
 * each runs its seeds from {@code src/test/resources/.../EnvelopeFuzzTestInputs/<method>/} — a
 * valid envelope of each algorithm sealed under {@link Fixtures#masterKey}(1) for {@link
 * Fixtures#TOPIC}, and mutations of them — plus an empty input. To fuzz for real: {@code
 * JAZZER_FUZZ=1 mvn -pl modules/telemetry test -Dtest=EnvelopeFuzzTest -Djazzer.max_duration=5m}.
 */
class EnvelopeFuzzTest {

  private static final MasterKey MASTER = Fixtures.masterKey(1);
  private static final EnvelopeOpener OPENER = new EnvelopeOpener(MasterKeys.of(MASTER));

  /** The parser accepts a header only if it re-encodes to exactly the bytes it came from. */
  @FuzzTest
  void parseIsStrictAndCanonical(byte[] input) {
    EnvelopeHeader header;
    try {
      header = EnvelopeParser.parse(input);
    } catch (EnvelopeRejection rejection) {
      assertThat(rejection.toResult().detail()).isNotNull().hasSizeLessThan(200);
      return;
    }
    byte[] encoded = new byte[header.length()];
    header.writeTo(encoded);
    assertThat(Arrays.copyOf(input, encoded.length)).isEqualTo(encoded);
    assertThat(input.length).isGreaterThanOrEqualTo(encoded.length + Algorithm.TAG_LENGTH);
  }

  /** The opener never throws; what it accepts carries exactly the bytes between header and tag. */
  @FuzzTest
  void openNeverThrows(byte[] input) {
    OpenResult result = OPENER.open(Fixtures.TOPIC, input);
    assertThat(result).isNotNull();
    if (result instanceof Accepted accepted) {
      int headerLength =
          EnvelopeLayout.headerLength(
              accepted.algorithm(),
              accepted.deviceId().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      assertThat(accepted.payload()).hasSize(input.length - headerLength - Algorithm.TAG_LENGTH);
      assertThat(accepted.masterKeyId()).isEqualTo(MASTER.keyId());
    }
  }
}
