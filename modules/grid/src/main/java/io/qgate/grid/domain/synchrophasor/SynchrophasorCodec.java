package io.qgate.grid.domain.synchrophasor;

import static io.qgate.grid.domain.synchrophasor.BigEndian.get16;
import static io.qgate.grid.domain.synchrophasor.BigEndian.get32;
import static io.qgate.grid.domain.synchrophasor.BigEndian.put16;
import static io.qgate.grid.domain.synchrophasor.BigEndian.put32;

import io.qgate.grid.domain.Pmu;
import io.qgate.platform.domain.telemetry.MalformedReadingException;

/**
 * Encodes and decodes the data frames of one PMU configuration, IEEE C37.118.2-2011 §6.3 Table 5,
 * all words big-endian, most significant byte first:
 *
 * <pre>
 * offset size field
 *  0     2    SYNC       0xAA, then frame type 000 (data) and version 0001 (§6.2 Table 2)
 *  2     2    FRAMESIZE  bytes in the frame including CHK (§6.2 Table 2)
 *  4     2    IDCODE     data stream id (§6.2 Table 2)
 *  6     4    SOC        seconds since 1970 (§6.2.2)
 * 10     4    FRACSEC    time quality flags + fraction of second (§6.2.2 Table 3)
 * 14     2    STAT       (§6.3 Table 6)
 * 16     8·n  PHASORS    float magnitude, float angle (rad) per phasor (§6.3 Table 6)
 * 16+8n  4    FREQ       float, Hz (§6.3 Table 6)
 * 20+8n  4    DFREQ      float, Hz/s (§6.3 Table 6)
 *             ANALOG, DIGITAL: none configured
 * 24+8n  2    CHK        CRC-CCITT over bytes 0..23+8n (§6.2 Table 2)
 * </pre>
 *
 * The frame is not self-describing: PHNMR, FORMAT and TIME_BASE come from the configuration frame,
 * hence one codec per {@link Pmu}. Decoding reads the bytes in place (no ByteBuffer, no reflection)
 * and allocates only the frame and its two phasor arrays. Thread-safe: it holds no mutable state.
 */
public final class SynchrophasorCodec {

  /** SYNC of a data frame: 0xAA, frame type 000, version 1 (the data frame of 2005 and 2011). */
  public static final int SYNC_DATA_FRAME = 0xAA01;

  /** FORMAT (§6.4 Table 9): bit 3 float FREQ/DFREQ, bit 1 float phasors, bit 0 polar. */
  public static final int FORMAT = 0b1011;

  private static final int FIXED_SIZE = 26;

  private final int idCode;
  private final int phasorCount;
  private final int timeBase;
  private final int frameSize;

  public SynchrophasorCodec(Pmu pmu) {
    this(pmu.idCode(), pmu.phasors().size(), pmu.timeBase());
  }

  public SynchrophasorCodec(int idCode, int phasorCount, int timeBase) {
    if (phasorCount < 0 || FIXED_SIZE + 8L * phasorCount > 0xFFFF) {
      throw new IllegalArgumentException("phasor count out of range: " + phasorCount);
    }
    this.idCode = idCode;
    this.phasorCount = phasorCount;
    this.timeBase = timeBase;
    this.frameSize = FIXED_SIZE + 8 * phasorCount;
  }

  /** FRAMESIZE of every data frame of this configuration. */
  public int frameSize() {
    return frameSize;
  }

  public int timeBase() {
    return timeBase;
  }

  /** The frame as the PMU sends it. */
  public byte[] encode(SynchrophasorFrame frame) {
    byte[] out = new byte[frameSize];
    encode(frame, out, 0);
    return out;
  }

  /** Writes the frame into {@code out} at {@code offset}; for callers that reuse a buffer. */
  public void encode(SynchrophasorFrame frame, byte[] out, int offset) {
    if (frame.idCode() != idCode || frame.phasorCount() != phasorCount) {
      throw new IllegalArgumentException(
          "frame of IDCODE " + frame.idCode() + " does not fit the configuration of " + idCode);
    }
    if (frame.fraction() >= timeBase) {
      throw new IllegalArgumentException("FRACSEC fraction must be below TIME_BASE " + timeBase);
    }
    int p = offset;
    p = put16(out, p, SYNC_DATA_FRAME);
    p = put16(out, p, frameSize);
    p = put16(out, p, idCode);
    p = put32(out, p, (int) frame.soc());
    p = put32(out, p, (int) TimeQuality.word(frame.timeQuality(), frame.fraction()));
    p = put16(out, p, frame.stat());
    for (int i = 0; i < phasorCount; i++) {
      p = put32(out, p, Float.floatToRawIntBits(frame.magnitude(i)));
      p = put32(out, p, Float.floatToRawIntBits(frame.angle(i)));
    }
    p = put32(out, p, Float.floatToRawIntBits(frame.frequency()));
    p = put32(out, p, Float.floatToRawIntBits(frame.rocof()));
    put16(out, p, Crc16Ccitt.compute(out, offset, frameSize - 2));
  }

  /**
   * The frame in {@code payload}.
   *
   * @throws MalformedReadingException if SYNC, FRAMESIZE, CHK, IDCODE or FRACSEC do not hold
   */
  public SynchrophasorFrame decode(byte[] payload) {
    FrameCheck.check(payload, frameSize, idCode, phasorCount);
    long fracSec = get32(payload, 10) & 0xFFFF_FFFFL;
    int fraction = TimeQuality.fraction(fracSec);
    if (fraction >= timeBase) {
      throw new MalformedReadingException(
          "FRACSEC fraction " + fraction + " is not below TIME_BASE " + timeBase);
    }
    float[] magnitudes = new float[phasorCount];
    float[] angles = new float[phasorCount];
    int p = 16;
    for (int i = 0; i < phasorCount; i++, p += 8) {
      magnitudes[i] = Float.intBitsToFloat(get32(payload, p));
      angles[i] = Float.intBitsToFloat(get32(payload, p + 4));
    }
    return SynchrophasorFrame.adopt(
        idCode,
        get32(payload, 6) & 0xFFFF_FFFFL,
        TimeQuality.flags(fracSec),
        fraction,
        get16(payload, 14),
        magnitudes,
        angles,
        Float.intBitsToFloat(get32(payload, p)),
        Float.intBitsToFloat(get32(payload, p + 4)));
  }
}
