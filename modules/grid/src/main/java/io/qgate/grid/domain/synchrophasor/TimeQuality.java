package io.qgate.grid.domain.synchrophasor;

/**
 * The FRACSEC word: bits 31–24 are the message time quality flags, bits 23–0 the fraction of the
 * second in units of 1/TIME_BASE, IEEE C37.118.2-2011 §6.2.2 Table 3. In the flags, bit 7 is
 * reserved, bit 6 leap second direction, bit 5 leap second occurred, bit 4 leap second pending,
 * bits 3–0 the time quality indicator code of Table 4 (0 = clock locked to a UTC-traceable source,
 * 0xF = clock failure, time not reliable, 1..0xB = time within 10^(code−10) s).
 */
public final class TimeQuality {

  /** Code 0: normal operation, clock locked to UTC traceable source (Table 4). */
  public static final int LOCKED = 0x0;

  /** Code 0xF: fault, clock failure, time not reliable (Table 4). */
  public static final int CLOCK_FAILURE = 0xF;

  /** The largest fraction FRACSEC can carry: 24 bits. */
  public static final int MAX_FRACTION = 0xFF_FFFF;

  private TimeQuality() {}

  /** Bits 31–24 of FRACSEC. */
  public static int flags(long fracSecWord) {
    return (int) ((fracSecWord >>> 24) & 0xFF);
  }

  /** Bits 23–0 of FRACSEC. */
  public static int fraction(long fracSecWord) {
    return (int) (fracSecWord & MAX_FRACTION);
  }

  /** The time quality indicator code (Table 4) of a flags byte. */
  public static int indicatorCode(int flags) {
    return flags & 0x0F;
  }

  /** The 32-bit FRACSEC word of a flags byte and a fraction. */
  public static long word(int flags, int fraction) {
    return ((long) (flags & 0xFF) << 24) | (fraction & MAX_FRACTION);
  }
}
