package io.qgate.grid.domain.alarm;

/**
 * Whether one PMU's data may be used: STAT reports no data error and time synchronisation (IEEE
 * C37.118.2-2011 §6.3 Table 6, see {@link io.qgate.grid.domain.synchrophasor.StatWord}), the
 * message time quality is not "clock failure" (§6.2.2 Table 4, code 0xF) and FREQ and DFREQ are
 * numbers (absent data is sent as NaN). Raised once when the data becomes unusable, cleared on the
 * first usable frame: STAT is an explicit flag, not a noisy measurement.
 */
public final class DataValidityRule {

  private boolean invalid;

  public Transition update(boolean usable) {
    if (!usable && !invalid) {
      invalid = true;
      return Transition.RAISED;
    }
    if (usable && invalid) {
      invalid = false;
      return Transition.CLEARED;
    }
    return Transition.NONE;
  }

  public boolean active() {
    return invalid;
  }
}
