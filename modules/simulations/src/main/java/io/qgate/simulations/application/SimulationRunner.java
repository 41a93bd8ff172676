package io.qgate.simulations.application;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Role;
import io.qgate.simulations.domain.SimulationCancelledException;
import io.qgate.simulations.domain.SimulationJob;
import io.qgate.simulations.domain.SimulationJobs;
import io.qgate.simulations.domain.SimulationKind;
import io.qgate.simulations.domain.SimulationParameters;
import io.qgate.simulations.domain.SimulationResult;
import io.qgate.simulations.domain.Simulator;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs simulation jobs one at a time per instance: a job submitted while another runs waits in a
 * bounded queue (full: 503), and a single drain task on the executor takes them in order. A
 * cancelled job stops at its simulator's next step boundary.
 */
public final class SimulationRunner {

  private static final Logger LOG = Logger.getLogger(SimulationRunner.class.getName());

  private final SimulationExecutor executor;
  private final Map<SimulationKind, Simulator> simulators = new EnumMap<>(SimulationKind.class);
  private final SimulationJobs jobs;
  private final Clock clock;
  private final int maxQueued;

  private final Object lock = new Object();
  private final Deque<SimulationJob> waiting = new ArrayDeque<>();
  private boolean draining;

  public SimulationRunner(
      SimulationExecutor executor,
      Collection<? extends Simulator> simulators,
      SimulationJobs jobs,
      Clock clock,
      int maxQueued) {
    this.executor = executor;
    simulators.forEach(s -> this.simulators.put(s.kind(), s));
    this.jobs = jobs;
    this.clock = clock;
    this.maxQueued = maxQueued;
  }

  /**
   * Queues a job and starts the drain task if none runs.
   *
   * @throws UnavailableException if {@code maxQueued} jobs already wait, or the executor refuses
   */
  public SimulationJob submit(SimulationParameters parameters, String requestedBy) {
    if (!simulators.containsKey(parameters.kind())) {
      throw new UnavailableException("no simulator for " + parameters.kind() + " in this instance");
    }
    synchronized (lock) {
      if (waiting.size() >= maxQueued) {
        throw new UnavailableException(
            "the simulation queue is full ("
                + maxQueued
                + " jobs wait behind the running one); try again when one has finished");
      }
      SimulationJob job =
          new SimulationJob(UUID.randomUUID(), parameters, requestedBy, clock.instant());
      waiting.addLast(job);
      jobs.add(job);
      if (!draining) {
        draining = true;
        try {
          executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
          draining = false;
          waiting.remove(job);
          job.cancel(clock.instant());
          throw new UnavailableException("the server's executor refused the simulation; retry");
        }
      }
      return job;
    }
  }

  public SimulationJob get(UUID id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("simulation", id.toString()));
  }

  public List<SimulationJob> recentBy(String requestedBy, int limit) {
    return jobs.recentBy(requestedBy, limit);
  }

  /**
   * Cancels a queued or running job; a finished one is left as it is.
   *
   * @throws ForbiddenException unless {@code operator} asked for the job or is a platform admin
   */
  public SimulationJob cancel(UUID id, Operator operator) {
    SimulationJob job = get(id);
    if (!job.requestedBy().equals(operator.name())
        && !operator.roles().contains(Role.PLATFORM_ADMIN)) {
      throw new ForbiddenException(
          operator.name() + " may not cancel a simulation " + job.requestedBy() + " started");
    }
    synchronized (lock) {
      if (job.cancel(clock.instant())) {
        waiting.remove(job);
      }
    }
    return job;
  }

  /** How many jobs wait behind the running one. */
  public int queued() {
    synchronized (lock) {
      return waiting.size();
    }
  }

  private void drain() {
    while (true) {
      SimulationJob next;
      synchronized (lock) {
        next = waiting.pollFirst();
        if (next == null) {
          draining = false;
          return;
        }
      }
      run(next);
    }
  }

  private void run(SimulationJob job) {
    if (!job.start(clock.instant())) {
      return;
    }
    try {
      SimulationResult result = simulators.get(job.kind()).run(job.parameters(), job::progress);
      job.succeed(result, clock.instant());
    } catch (SimulationCancelledException e) {
      LOG.fine(() -> "Simulation " + job.id() + " stopped: cancelled");
    } catch (RuntimeException | Error e) {
      // The log keeps the stack trace; the job shows one line. Errors too (a run out of memory
      // frees it when it ends): the queue behind this job must keep moving.
      LOG.log(Level.WARNING, "Simulation " + job.id() + " failed", e);
      job.fail(reason(e), clock.instant());
    }
  }

  /** One line for people: the exception's message, or its kind when it has none. */
  static String reason(Throwable e) {
    String message = e.getMessage();
    if (e instanceof IllegalArgumentException && message != null && !message.isBlank()) {
      return firstLine(message);
    }
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + firstLine(message);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
