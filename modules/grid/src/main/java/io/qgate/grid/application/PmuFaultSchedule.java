package io.qgate.grid.application;

import io.qgate.grid.domain.synchrophasor.StatWord;
import java.util.SplittableRandom;

/**
 * When a simulated PMU misbehaves, as a pure function of (seed, IDCODE, time), so that the data
 * validity alarm shows up in demos and replays identically. Time is cut into {@value #SLOT_SECONDS}
 * s slots; a slot holds a fault with probability faultsPerHour × slot / 3600, lasting 5–60 s. Half
 * the faults are a lost GPS lock (STAT bit 13, PMU sync error), half a PMU error (STAT bits 15–14 =
 * 11, do not use values), IEEE C37.118.2-2011 §6.3 Table 6. Unlike grid events, faults are local:
 * each PMU has its own. Not thread-safe: one per simulator.
 */
final class PmuFaultSchedule {

  static final double SLOT_SECONDS = 600;

  static final double MAX_FAULTS_PER_HOUR = 3600 / SLOT_SECONDS;

  private final long seed;
  private final double probability;
  private long cachedSlot = Long.MIN_VALUE;
  private double start;
  private double end;
  private int stat;

  PmuFaultSchedule(long seed, int idCode, double faultsPerHour) {
    this.seed = seed * 0x9E3779B97F4A7C15L ^ ((long) idCode << 32);
    this.probability = faultsPerHour / MAX_FAULTS_PER_HOUR;
  }

  /** The STAT word the PMU reports at {@code epochSeconds}: {@link StatWord#OK} unless faulty. */
  int stat(double epochSeconds) {
    long slot = (long) Math.floor(epochSeconds / SLOT_SECONDS);
    if (slot != cachedSlot) {
      draw(slot);
    }
    return epochSeconds >= start && epochSeconds < end ? stat : StatWord.OK;
  }

  private void draw(long slot) {
    cachedSlot = slot;
    start = end = 0;
    if (probability <= 0) {
      return;
    }
    SplittableRandom random = new SplittableRandom(seed + slot);
    if (random.nextDouble() >= probability) {
      return;
    }
    double duration = 5 + 55 * random.nextDouble();
    start = slot * SLOT_SECONDS + random.nextDouble() * (SLOT_SECONDS - duration);
    end = start + duration;
    stat = random.nextBoolean() ? StatWord.SYNC_ERROR : StatWord.DATA_ERROR_PMU;
  }
}
