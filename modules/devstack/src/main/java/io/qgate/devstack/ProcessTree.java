package io.qgate.devstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping a child process and whatever it started (kc.sh's JVM, Payara's own children). */
public final class ProcessTree {

  private ProcessTree() {}

  /**
   * SIGTERM, then SIGKILL after {@code grace}; then ends the descendants it had, which would
   * otherwise be orphaned. Returns the descendants, for a caller that waits for them.
   */
  public static List<ProcessHandle> stop(Process process, Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    return descendants;
  }
}
