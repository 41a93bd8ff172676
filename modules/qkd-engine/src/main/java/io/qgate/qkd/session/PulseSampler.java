package io.qgate.qkd.session;

import io.qgate.qkd.sifting.Detections;

/**
 * Alice's pulses and Bob's detections, sampled click by click: the pulses between two clicks are
 * skipped in one draw, so the cost grows with the detections, not with the pulses.
 */
interface PulseSampler {

  /** Appends detections until the chunk is full or the session's pulses are all sent. */
  void fill(Detections chunk);

  /** Pulses sent so far: up to the last detection, or all of them once exhausted. */
  long pulsesSent();

  boolean exhausted();
}
