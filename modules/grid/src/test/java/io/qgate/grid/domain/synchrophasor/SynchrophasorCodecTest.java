package io.qgate.grid.domain.synchrophasor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SynchrophasorCodecTest {

  /**
   * A one-phasor frame computed by hand (Python struct.pack, big-endian, and a bitwise CRC-CCITT),
   * independently of the codec, so that the wire format cannot drift.
   */
  private static final byte[] KNOWN =
      HexFormat.of()
          .parseHex(
              "aa01" // SYNC: data frame, version 1
                  + "0022" // FRAMESIZE 34
                  + "0007" // IDCODE 7
                  + "6553f100" // SOC 1,700,000,000
                  + "0007a120" // FRACSEC: quality 0, fraction 500,000 (TIME_BASE 10^6)
                  + "0000" // STAT ok
                  + "47780c00" // phasor magnitude 63500.0
                  + "3f000000" // phasor angle 0.5 rad
                  + "42470000" // FREQ 49.75 Hz
                  + "bfa00000" // DFREQ -1.25 Hz/s
                  + "2f3c"); // CHK

  private static final SynchrophasorFrame KNOWN_FRAME =
      new SynchrophasorFrame(
          7,
          1_700_000_000L,
          0,
          500_000,
          0,
          new float[] {63500f},
          new float[] {0.5f},
          49.75f,
          -1.25f);

  private final SynchrophasorCodec codec = new SynchrophasorCodec(7, 1, 1_000_000);

  @Test
  void encodesTheKnownFrameByteForByte() {
    assertThat(codec.encode(KNOWN_FRAME)).isEqualTo(KNOWN);
  }

  @Test
  void decodesTheKnownFrame() {
    SynchrophasorFrame frame = codec.decode(KNOWN);

    assertThat(frame).isEqualTo(KNOWN_FRAME);
    assertThat(frame.frequency()).isEqualTo(49.75f);
    assertThat(frame.rocof()).isEqualTo(-1.25f);
    assertThat(frame.magnitude(0)).isEqualTo(63500f);
    assertThat(frame.epochNanos(1_000_000)).isEqualTo(1_700_000_000_500_000_000L);
  }

  @Test
  void aThreePhasePmuFrameHasFiftyEightBytes() {
    Pmu pmu = Pmu.threePhase("pmu-a-1", 1, "A", NominalFrequency.HZ_50, 50);

    assertThat(new SynchrophasorCodec(pmu).frameSize()).isEqualTo(58);
  }

  @Test
  void everyTruncationIsMalformed() {
    for (int length = 0; length < KNOWN.length; length++) {
      byte[] truncated = Arrays.copyOf(KNOWN, length);
      assertThatThrownBy(() -> codec.decode(truncated))
          .as("truncated to %d bytes", length)
          .isInstanceOf(MalformedReadingException.class);
    }
  }

  @Test
  void trailingBytesAreMalformed() {
    assertThatThrownBy(() -> codec.decode(Arrays.copyOf(KNOWN, KNOWN.length + 1)))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining("FRAMESIZE 34 but the payload has 35 bytes");
  }

  @Test
  void nullIsMalformed() {
    assertThatThrownBy(() -> codec.decode(null)).isInstanceOf(MalformedReadingException.class);
  }

  @Test
  void aWrongSyncIsMalformedEvenWithAValidCrc() {
    assertMalformed(withCrc(set16(KNOWN, 0, 0xAB01)), "does not start with 0xAA");
    assertMalformed(withCrc(set16(KNOWN, 0, 0xAA31)), "not a C37.118 data frame"); // CFG-2
    assertMalformed(withCrc(set16(KNOWN, 0, 0xAA03)), "not a C37.118 data frame"); // version 3
  }

  @Test
  void version2DataFramesAreAccepted() {
    assertThat(codec.decode(withCrc(set16(KNOWN, 0, 0xAA02))).frequency()).isEqualTo(49.75f);
  }

  @Test
  void aBadCrcIsMalformed() {
    byte[] bad = KNOWN.clone();
    bad[KNOWN.length - 1] ^= 0x01;

    assertMalformed(bad, "CHK 0x2f3d does not match the CRC-CCITT 0x2f3c");
  }

  @Test
  void aCorruptedPayloadByteIsCaughtByTheCrc() {
    byte[] bad = KNOWN.clone();
    bad[30] ^= 0x40; // a bit of DFREQ

    assertMalformed(bad, "does not match the CRC-CCITT");
  }

  @Test
  void aFramesizeThatLiesAboutTheLengthIsMalformed() {
    assertMalformed(withCrc(set16(KNOWN, 2, 42)), "FRAMESIZE 42 but the payload has 34 bytes");
  }

  @Test
  void aFrameOfAnotherConfigurationIsMalformed() {
    SynchrophasorCodec twoPhasors = new SynchrophasorCodec(7, 2, 1_000_000);
    byte[] longer =
        twoPhasors.encode(
            new SynchrophasorFrame(
                7, 1, 0, 0, 0, new float[] {1f, 2f}, new float[] {0f, 0f}, 50f, 0f));

    assertMalformed(longer, "FRAMESIZE 42 does not fit the configuration of IDCODE 7");
  }

  @Test
  void anotherStreamsIdcodeIsMalformed() {
    assertMalformed(withCrc(set16(KNOWN, 4, 8)), "IDCODE 8 where 7 was expected");
  }

  @Test
  void aFractionBeyondTheTimeBaseIsMalformed() {
    byte[] frame = KNOWN.clone();
    frame[11] = 0x0F; // fraction 0x0FA120 = 1,024,288 >= 10^6
    assertMalformed(withCrc(frame), "is not below TIME_BASE 1000000");
  }

  @Test
  void timeQualityFlagsTravelInTheTopByteOfFracsec() {
    SynchrophasorFrame frame =
        new SynchrophasorFrame(
            7,
            5,
            TimeQuality.CLOCK_FAILURE,
            20_000,
            StatWord.SYNC_ERROR,
            new float[] {1f},
            new float[] {0f},
            50f,
            0f);
    byte[] bytes = codec.encode(frame);

    assertThat(bytes[10]).isEqualTo((byte) 0x0F);
    assertThat(codec.decode(bytes).timeQuality()).isEqualTo(TimeQuality.CLOCK_FAILURE);
    assertThat(codec.decode(bytes).stat()).isEqualTo(StatWord.SYNC_ERROR);
  }

  @Test
  void refusesToEncodeAFrameOfAnotherPmu() {
    SynchrophasorFrame other =
        new SynchrophasorFrame(8, 1, 0, 0, 0, new float[] {1f}, new float[] {0f}, 50f, 0f);

    assertThatThrownBy(() -> codec.encode(other)).isInstanceOf(IllegalArgumentException.class);
  }

  private void assertMalformed(byte[] payload, String message) {
    assertThatThrownBy(() -> codec.decode(payload))
        .isInstanceOf(MalformedReadingException.class)
        .hasMessageContaining(message);
  }

  static byte[] set16(byte[] frame, int offset, int value) {
    byte[] copy = frame.clone();
    copy[offset] = (byte) (value >>> 8);
    copy[offset + 1] = (byte) value;
    return copy;
  }

  /** Recomputes CHK so that a test reaches the check after the CRC. */
  static byte[] withCrc(byte[] frame) {
    return set16(frame, frame.length - 2, Crc16Ccitt.compute(frame, 0, frame.length - 2));
  }
}
