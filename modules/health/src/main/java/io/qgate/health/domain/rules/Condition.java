package io.qgate.health.domain.rules;

/**
 * Whether one threshold is breached at one monitor, debounced: the state flips only after {@code
 * sustain} consecutive readings disagree with it. This is what makes an alert fire once when a
 * condition starts and once more (cleared) when it ends, instead of once per reading. Not
 * thread-safe: it belongs to one monitor's state in one consumer thread.
 */
public final class Condition {

  /** What a reading did to the condition. */
  public enum Change {
    NONE,
    STARTED,
    ENDED
  }

  private final int sustain;
  private boolean active;
  private int disagreeing;

  public Condition(int sustain) {
    if (sustain < 1) {
      throw new IllegalArgumentException("sustain must be at least 1");
    }
    this.sustain = sustain;
  }

  /** Records one reading's verdict and says whether the condition just started or ended. */
  public Change observe(boolean breached) {
    if (breached == active) {
      disagreeing = 0;
      return Change.NONE;
    }
    if (++disagreeing < sustain) {
      return Change.NONE;
    }
    active = breached;
    disagreeing = 0;
    return active ? Change.STARTED : Change.ENDED;
  }

  public boolean isActive() {
    return active;
  }
}
