package io.qgate.simulations.interfaces.rest;

import io.qgate.simulations.domain.SimulationJob;
import java.time.Instant;

/**
 * A job as the API shows it. {@code result} is present once the job SUCCEEDED (and only on {@code
 * GET /simulations/{id}}), {@code error} once it FAILED: a one-line reason, never a stack trace.
 *
 * @param progress 0..1, never decreasing
 * @param phase what the job is doing now, for people
 * @param parameters the validated inputs with every default filled in
 */
public record SimulationView(
    String id,
    String kind,
    String state,
    double progress,
    String phase,
    String requestedBy,
    Instant submittedAt,
    Instant startedAt,
    Instant finishedAt,
    Object parameters,
    String error,
    Object result) {

  static SimulationView of(SimulationJob job, boolean withResult) {
    SimulationJob.Snapshot s = job.snapshot();
    return new SimulationView(
        s.id().toString(),
        s.kind().name(),
        s.state().name(),
        s.progress(),
        s.phase(),
        s.requestedBy(),
        s.submittedAt(),
        s.startedAt(),
        s.finishedAt(),
        s.parameters(),
        s.error(),
        withResult ? s.result() : null);
  }
}
