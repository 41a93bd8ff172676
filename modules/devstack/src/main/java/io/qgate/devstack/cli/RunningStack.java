package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The servers {@code up} has started, stopped in reverse order (Payara Micro, Keycloak, Kafka,
 * PostgreSQL) by whichever comes first: the JVM shutdown hook (Ctrl-C, SIGTERM) or a failed start.
 *
 * <p>Starting and stopping share one lock, so a Ctrl-C during a start waits for that server to be
 * up and then stops it too, instead of leaving it orphaned.
 */
final class RunningStack {

  /** Stops one server. */
  @FunctionalInterface
  interface Stopper {
    void stop() throws Exception;
  }

  private record Part(String name, String detail, Stopper stopper) {}

  private final PrintStream out;
  private final Runnable afterStop;
  private final Deque<Part> parts = new ArrayDeque<>();
  private boolean stopped;

  /**
   * @param afterStop runs once everything is stopped (removes the pid file)
   */
  RunningStack(PrintStream out, Runnable afterStop) {
    this.out = out;
    this.afterStop = afterStop;
  }

  /** Runs {@code starter} unless stopping has begun, and registers how to stop what it started. */
  synchronized <T> T start(
      String name, String detail, Supplier<T> starter, Function<T, Stopper> stopper) {
    if (stopped) {
      throw CliException.failure("Stopped while starting " + name);
    }
    T server = starter.get();
    parts.push(new Part(name, detail, stopper.apply(server)));
    return server;
  }

  synchronized boolean isStopped() {
    return stopped;
  }

  /** Stops every registered server, newest first; later calls wait for the first to finish. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (parts.isEmpty()) {
      afterStop.run();
      return;
    }
    out.println();
    out.println("Stopping qgate");
    Progress progress = new Progress(out, parts.size(), false);
    int number = 1;
    while (!parts.isEmpty()) {
      Part part = parts.pop();
      Progress.Step step = progress.begin(number++, part.name(), part.detail());
      try {
        part.stopper().stop();
        step.done("stopped");
      } catch (Exception e) {
        step.done("failed: " + QgateCli.oneLine(e));
        QgateCli.log().warn("Stopping {} failed", part.name(), e);
      }
    }
    afterStop.run();
    out.println("qgate stopped.");
  }
}
