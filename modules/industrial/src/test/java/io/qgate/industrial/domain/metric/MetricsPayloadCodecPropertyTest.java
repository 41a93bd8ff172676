package io.qgate.industrial.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MetricsPayloadCodecPropertyTest {

  @Property(tries = 500)
  void decodingAnEncodedPayloadGivesItBack(
      @ForAll("timestamps") long timestamp,
      @ForAll @IntRange(min = 0, max = 255) int seq,
      @ForAll @Size(max = 30) List<@net.jqwik.api.From("metrics") Metric> metrics) {
    MetricsPayload payload = new MetricsPayload(timestamp, seq, metrics);

    byte[] bytes = MetricsPayloadCodec.encode(payload);

    assertThat(MetricsPayloadCodec.decode(bytes)).isEqualTo(payload);
  }

  /**
   * A corrupted byte either makes the payload malformed or yields another valid payload whose
   * encoding is exactly the corrupted bytes: the layout is canonical, and decoding never fails with
   * anything but {@link MalformedReadingException}.
   */
  @Property(tries = 2000)
  void aCorruptedByteIsRejectedOrDecodedCanonically(
      @ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("metrics") Metric> metrics,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll byte replacement) {
    byte[] bytes = MetricsPayloadCodec.encode(new MetricsPayload(1, 1, metrics));
    bytes[position % bytes.length] = replacement;

    MetricsPayload decoded;
    try {
      decoded = MetricsPayloadCodec.decode(bytes);
    } catch (MalformedReadingException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(MetricsPayloadCodec.encode(decoded)).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<Long> timestamps() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  @Provide
  Arbitrary<Metric> metrics() {
    Arbitrary<Long> alias = Arbitraries.longs();
    Arbitrary<StatusCode> quality =
        Arbitraries.oneOf(
            Arbitraries.of(
                StatusCode.GOOD,
                StatusCode.UNCERTAIN_LAST_USABLE_VALUE,
                StatusCode.BAD_SENSOR_FAILURE,
                StatusCode.BAD_COMMUNICATION_ERROR),
            Arbitraries.integers().map(StatusCode::of));
    Arbitrary<Metric> int32 =
        Combinators.combine(alias, timestamps(), quality, Arbitraries.integers())
            .as(Metric::ofInt32);
    Arbitrary<Metric> int64 =
        Combinators.combine(alias, timestamps(), quality, Arbitraries.longs()).as(Metric::ofInt64);
    Arbitrary<Metric> floats =
        Combinators.combine(alias, timestamps(), quality, Arbitraries.integers())
            .as((a, t, q, bits) -> Metric.ofFloat(a, t, q, Float.intBitsToFloat(bits)));
    Arbitrary<Metric> doubles =
        Combinators.combine(alias, timestamps(), quality, Arbitraries.longs())
            .as((a, t, q, bits) -> Metric.ofDouble(a, t, q, Double.longBitsToDouble(bits)));
    Arbitrary<Metric> booleans =
        Combinators.combine(alias, timestamps(), quality, Arbitraries.of(true, false))
            .as(Metric::ofBoolean);
    Arbitrary<String> text =
        Arbitraries.strings()
            .ofMaxLength(40)
            .filter(s -> s.codePoints().allMatch(Character::isValidCodePoint))
            .filter(MetricsPayloadCodecPropertyTest::wellFormed);
    Arbitrary<Metric> strings =
        Combinators.combine(alias, timestamps(), quality, text).as(Metric::ofString);
    return Arbitraries.oneOf(int32, int64, floats, doubles, booleans, strings);
  }

  private static boolean wellFormed(String s) {
    try {
      Utf8.requireEncodable(s, Metric.MAX_STRING_BYTES);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
