package io.qgate.industrial.domain.alarm;

/** Where an analog tag stands against its alarm limits: within them, or in a HI or LO alarm. */
public enum LimitState {
  NORMAL,
  HIGH,
  LOW
}
