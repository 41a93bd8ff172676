package io.qgate.grid.application;

import java.util.SplittableRandom;

/**
 * When generator trips happen, as a pure function of time and seed. Time is cut into slots of
 * {@value #SLOT_SECONDS} s; a slot holds a trip with probability eventsPerHour × slot / 3600,
 * placed so that it ends inside the slot. Because the schedule depends only on (seed, time), every
 * PMU simulator of a fleet sees the same trips at the same moments — frequency is a system-wide
 * quantity — without any state shared between the gateway's threads.
 *
 * <p>Trip parameters are drawn uniformly: depth 0.15–0.8 Hz (0.8 Hz is the maximum instantaneous
 * frequency deviation of SOGL Annex III for Continental Europe), initial ROCOF 0.5–1.5 Hz/s,
 * primary recovery 1.5–3 s, secondary 10–20 s. So most trips cross the 200 mHz excursion threshold
 * and some sustain more than 1 Hz/s for 500 ms. Not thread-safe (it caches the current slot): one
 * per simulator.
 */
public final class GridEventSchedule {

  /** Slot length: at most one trip per slot. */
  public static final double SLOT_SECONDS = 300;

  /** One trip in every slot. */
  public static final double MAX_EVENTS_PER_HOUR = 3600 / SLOT_SECONDS;

  private final long seed;
  private final double probability;
  private long cachedSlot = Long.MIN_VALUE;
  private GeneratorTrip cachedTrip;

  public GridEventSchedule(long seed, double eventsPerHour) {
    this.seed = seed;
    this.probability = eventsPerHour / MAX_EVENTS_PER_HOUR;
  }

  /** The trip frequency deviation at {@code epochSeconds}, Hz (0 outside trips). */
  public double deviation(double epochSeconds) {
    GeneratorTrip trip = tripInSlot((long) Math.floor(epochSeconds / SLOT_SECONDS));
    return trip == null ? 0 : trip.deviation(epochSeconds);
  }

  /** The trip of slot {@code slot} (slot × SLOT_SECONDS is its start), or null. */
  public GeneratorTrip tripInSlot(long slot) {
    if (slot != cachedSlot) {
      cachedSlot = slot;
      cachedTrip = draw(slot);
    }
    return cachedTrip;
  }

  private GeneratorTrip draw(long slot) {
    if (probability <= 0) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + slot);
    if (random.nextDouble() >= probability) {
      return null;
    }
    double onset =
        slot * SLOT_SECONDS + random.nextDouble() * (SLOT_SECONDS - GeneratorTrip.SPAN_SECONDS);
    return new GeneratorTrip(
        onset,
        0.15 + 0.65 * random.nextDouble(),
        0.5 + random.nextDouble(),
        1.5 + 1.5 * random.nextDouble(),
        10 + 10 * random.nextDouble());
  }
}
