package io.qgate.grid.domain.alarm;

/** What a rule's state machine did with one frame; only the first three raise an alert. */
public enum Transition {
  /** The condition was entered: raise the alarm. */
  RAISED,
  /** The condition got worse while active (WARNING to CRITICAL): raise once more. */
  ESCALATED,
  /** The condition was left, past the hysteresis: raise the clearing alert. */
  CLEARED,
  /** Nothing changed. */
  NONE
}
