package io.qgate.simulations.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One simulation someone asked for, from the queue to its result. The worker thread moves it along
 * while request threads read it, so every change and every {@link #snapshot()} holds its lock.
 * Progress only grows; once finished, nothing changes any more (a result arriving after a
 * cancellation is dropped).
 */
public final class SimulationJob {

  /** Everything a reader may see of a job at one moment. */
  public record Snapshot(
      UUID id,
      SimulationKind kind,
      SimulationParameters parameters,
      String requestedBy,
      SimulationState state,
      double progress,
      String phase,
      Instant submittedAt,
      Instant startedAt,
      Instant finishedAt,
      SimulationResult result,
      String error) {}

  private final UUID id;
  private final SimulationParameters parameters;
  private final String requestedBy;
  private final Instant submittedAt;

  private SimulationState state = SimulationState.QUEUED;
  private double progress;
  private String phase = "queued";
  private Instant startedAt;
  private Instant finishedAt;
  private SimulationResult result;
  private String error;

  public SimulationJob(
      UUID id, SimulationParameters parameters, String requestedBy, Instant submittedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
  }

  public UUID id() {
    return id;
  }

  public SimulationKind kind() {
    return parameters.kind();
  }

  public SimulationParameters parameters() {
    return parameters;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public synchronized SimulationState state() {
    return state;
  }

  /** When the job finished, or null while it is queued or running. */
  public synchronized Instant finishedAt() {
    return finishedAt;
  }

  /** QUEUED → RUNNING; false if the job is no longer queued (cancelled meanwhile). */
  public synchronized boolean start(Instant now) {
    if (state != SimulationState.QUEUED) {
      return false;
    }
    state = SimulationState.RUNNING;
    startedAt = now;
    phase = "starting";
    return true;
  }

  /**
   * Records how far a running job is; progress never goes back.
   *
   * @throws SimulationCancelledException if the job was cancelled: the simulator stops here
   */
  public synchronized void progress(double fraction, String phase) {
    if (state == SimulationState.CANCELLED) {
      throw new SimulationCancelledException();
    }
    if (state != SimulationState.RUNNING) {
      return;
    }
    double clamped = Double.isNaN(fraction) ? progress : Math.min(1, Math.max(0, fraction));
    progress = Math.max(progress, clamped);
    if (phase != null) {
      this.phase = phase;
    }
  }

  /** RUNNING → SUCCEEDED with the result; ignored once finished (e.g. cancelled meanwhile). */
  public synchronized void succeed(SimulationResult result, Instant now) {
    if (state != SimulationState.RUNNING) {
      return;
    }
    this.result = Objects.requireNonNull(result, "result");
    state = SimulationState.SUCCEEDED;
    progress = 1;
    phase = "done";
    finishedAt = now;
  }

  /** RUNNING → FAILED with a one-line reason for people (never a stack trace). */
  public synchronized void fail(String reason, Instant now) {
    if (state != SimulationState.RUNNING) {
      return;
    }
    state = SimulationState.FAILED;
    error = reason;
    phase = "failed";
    finishedAt = now;
  }

  /**
   * QUEUED or RUNNING → CANCELLED at once; a running simulator stops at its next step boundary.
   *
   * @return false if the job had already finished
   */
  public synchronized boolean cancel(Instant now) {
    if (state.finished()) {
      return false;
    }
    state = SimulationState.CANCELLED;
    phase = "cancelled";
    finishedAt = now;
    return true;
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(
        id,
        kind(),
        parameters,
        requestedBy,
        state,
        progress,
        phase,
        submittedAt,
        startedAt,
        finishedAt,
        result,
        error);
  }
}
