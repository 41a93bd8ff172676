package io.qgate.grid.domain.synchrophasor;

import java.util.Arrays;

/**
 * One data frame of one PMU, IEEE C37.118.2-2011 §6.3 Tables 5 and 6, in the format qgate's PMUs
 * announce (FORMAT = 0x000B: floating-point FREQ/DFREQ, floating-point polar phasors).
 *
 * <p>Immutable; a final class rather than a record so that the codec can hand over the arrays it
 * filled without copying them (the consumer decodes ~60,000 frames/s) while callers only ever see
 * copies.
 *
 * <ul>
 *   <li>SOC: seconds since 1970-01-01T00:00Z, unsigned 32 bits, leap seconds not counted (§6.2.2).
 *   <li>FRACSEC: time quality flags (bits 31–24, {@link TimeQuality}) and the fraction of the
 *       second in 1/TIME_BASE (bits 23–0), §6.2.2 Table 3.
 *   <li>STAT: {@link StatWord}, §6.3 Table 6.
 *   <li>PHASORS: magnitude in engineering units (V, A; RMS) then angle in radians in [−π, π].
 *   <li>FREQ: the measured frequency in Hz. §6.3 Table 6 defines the floating-point FREQ as the
 *       actual frequency (the 16-bit integer form is the deviation from nominal in mHz).
 *   <li>DFREQ: the rate of change of frequency, ROCOF, in Hz/s (floating-point form).
 * </ul>
 */
public final class SynchrophasorFrame {

  private final int idCode;
  private final long soc;
  private final int timeQuality;
  private final int fraction;
  private final int stat;
  private final float[] magnitudes;
  private final float[] angles;
  private final float frequency;
  private final float rocof;

  /**
   * @param timeQuality the time quality flags byte of FRACSEC (§6.2.2 Table 3)
   * @param fraction the fraction of second of FRACSEC, in 1/TIME_BASE
   */
  public SynchrophasorFrame(
      int idCode,
      long soc,
      int timeQuality,
      int fraction,
      int stat,
      float[] magnitudes,
      float[] angles,
      float frequency,
      float rocof) {
    this(
        idCode,
        soc,
        timeQuality,
        fraction,
        stat,
        magnitudes.clone(),
        angles.clone(),
        frequency,
        rocof,
        true);
  }

  /**
   * Keeps the arrays as they are; {@code adopted} only tells this constructor from the public one.
   */
  private SynchrophasorFrame(
      int idCode,
      long soc,
      int timeQuality,
      int fraction,
      int stat,
      float[] magnitudes,
      float[] angles,
      float frequency,
      float rocof,
      boolean adopted) {
    requireRange("IDCODE", idCode, 0, 0xFFFF);
    requireRange("SOC", soc, 0, 0xFFFF_FFFFL);
    requireRange("time quality", timeQuality, 0, 0xFF);
    requireRange("FRACSEC fraction", fraction, 0, TimeQuality.MAX_FRACTION);
    requireRange("STAT", stat, 0, 0xFFFF);
    if (magnitudes.length != angles.length) {
      throw new IllegalArgumentException("one angle per phasor magnitude");
    }
    this.idCode = idCode;
    this.soc = soc;
    this.timeQuality = timeQuality;
    this.fraction = fraction;
    this.stat = stat;
    this.magnitudes = magnitudes;
    this.angles = angles;
    this.frequency = frequency;
    this.rocof = rocof;
  }

  /** For the codec: takes ownership of the arrays it just filled. */
  static SynchrophasorFrame adopt(
      int idCode,
      long soc,
      int timeQuality,
      int fraction,
      int stat,
      float[] magnitudes,
      float[] angles,
      float frequency,
      float rocof) {
    return new SynchrophasorFrame(
        idCode, soc, timeQuality, fraction, stat, magnitudes, angles, frequency, rocof, true);
  }

  private static void requireRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", not " + value);
    }
  }

  public int idCode() {
    return idCode;
  }

  public long soc() {
    return soc;
  }

  public int timeQuality() {
    return timeQuality;
  }

  public int fraction() {
    return fraction;
  }

  public int stat() {
    return stat;
  }

  public int phasorCount() {
    return magnitudes.length;
  }

  public float magnitude(int phasor) {
    return magnitudes[phasor];
  }

  public float angle(int phasor) {
    return angles[phasor];
  }

  /** FREQ: the measured frequency in Hz. */
  public float frequency() {
    return frequency;
  }

  /** DFREQ: ROCOF in Hz/s. */
  public float rocof() {
    return rocof;
  }

  /** The measurement time in nanoseconds since the epoch: SOC + FRACSEC / TIME_BASE (§6.2.2). */
  public long epochNanos(int timeBase) {
    return soc * 1_000_000_000L + fraction * 1_000_000_000L / timeBase;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SynchrophasorFrame f
        && idCode == f.idCode
        && soc == f.soc
        && timeQuality == f.timeQuality
        && fraction == f.fraction
        && stat == f.stat
        && Arrays.equals(magnitudes, f.magnitudes)
        && Arrays.equals(angles, f.angles)
        && Float.compare(frequency, f.frequency) == 0
        && Float.compare(rocof, f.rocof) == 0;
  }

  @Override
  public int hashCode() {
    int h = 31 * idCode + Long.hashCode(soc);
    h = 31 * h + fraction;
    h = 31 * h + stat;
    h = 31 * h + Arrays.hashCode(magnitudes);
    h = 31 * h + Arrays.hashCode(angles);
    return 31 * h + Float.hashCode(frequency);
  }

  @Override
  public String toString() {
    return "SynchrophasorFrame[IDCODE="
        + idCode
        + ", SOC="
        + soc
        + ", FRACSEC="
        + fraction
        + ", TQ=0x"
        + Integer.toHexString(timeQuality)
        + ", STAT=0x"
        + Integer.toHexString(stat)
        + ", magnitudes="
        + Arrays.toString(magnitudes)
        + ", angles="
        + Arrays.toString(angles)
        + ", FREQ="
        + frequency
        + ", DFREQ="
        + rocof
        + "]";
  }
}
