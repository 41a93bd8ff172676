package io.qgate.simulations.domain;

/** Where a job is in its life: QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED. */
public enum SimulationState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  /** Whether the job is over: its state, progress and result no longer change. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
