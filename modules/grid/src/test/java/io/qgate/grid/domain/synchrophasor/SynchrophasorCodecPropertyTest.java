package io.qgate.grid.domain.synchrophasor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SynchrophasorCodecPropertyTest {

  private static final int TIME_BASE = 1_000_000;

  @Property
  void decodingAnEncodedFrameGivesItBack(@ForAll("frames") SynchrophasorFrame frame) {
    SynchrophasorCodec codec =
        new SynchrophasorCodec(frame.idCode(), frame.phasorCount(), TIME_BASE);

    byte[] bytes = codec.encode(frame);

    assertThat(bytes).hasSize(codec.frameSize());
    assertThat(codec.decode(bytes)).isEqualTo(frame);
  }

  @Property
  void everySingleBitErrorIsDetected(
      @ForAll("frames") SynchrophasorFrame frame,
      @ForAll @IntRange(min = 0, max = 1 << 20) int at) {
    SynchrophasorCodec codec =
        new SynchrophasorCodec(frame.idCode(), frame.phasorCount(), TIME_BASE);
    byte[] bytes = codec.encode(frame);
    int bit = at % (bytes.length * 8);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));

    assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(MalformedReadingException.class);
  }

  @Provide
  Arbitrary<SynchrophasorFrame> frames() {
    Arbitrary<Float> anyFloat = Arbitraries.integers().map(Float::intBitsToFloat);
    return Arbitraries.integers()
        .between(1, 8)
        .flatMap(
            n ->
                Combinators.combine(
                        Combinators.combine(
                                Arbitraries.integers().between(1, 65_534),
                                Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                                Arbitraries.integers().between(0, 0xFF),
                                Arbitraries.integers().between(0, TIME_BASE - 1),
                                Arbitraries.integers().between(0, 0xFFFF))
                            .as(Header::new),
                        floats(anyFloat, n),
                        floats(anyFloat, n),
                        anyFloat,
                        anyFloat)
                    .as(
                        (h, magnitudes, angles, f, rocof) ->
                            new SynchrophasorFrame(
                                h.idCode,
                                h.soc,
                                h.quality,
                                h.fraction,
                                h.stat,
                                magnitudes,
                                angles,
                                f,
                                rocof)));
  }

  private static Arbitrary<float[]> floats(Arbitrary<Float> element, int n) {
    return element.array(Float[].class).ofSize(n).map(SynchrophasorCodecPropertyTest::unbox);
  }

  private static float[] unbox(Float[] boxed) {
    float[] out = new float[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  private record Header(int idCode, long soc, int quality, int fraction, int stat) {}
}
