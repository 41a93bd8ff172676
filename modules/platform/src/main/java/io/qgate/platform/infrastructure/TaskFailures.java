package io.qgate.platform.infrastructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a periodic task (a link runner's tick, a sweep) reports a failed run: a WARNING when a part
 * starts failing or fails differently, FINE while it keeps failing the same way, and an INFO line
 * with the count when it works again. An operator sees every outage once, and a task that fails
 * every second does not flood the log — nor hide in it: a failure that repeats at FINE forever once
 * kept every pool from filling without a line in the log.
 */
public final class TaskFailures {

  private final Logger log;
  private final String task;
  private final Map<String, Failing> failing = new ConcurrentHashMap<>();

  private record Failing(String reason, long runs) {}

  /** {@code task} names the task in each line, e.g. "Link runners". */
  public TaskFailures(Logger log, String task) {
    this.log = log;
    this.task = task;
  }

  /**
   * A run of {@code part} (e.g. "link core-grid") failed. Logged: the exception's class and the
   * first line of its message — PostgreSQL puts the failing row's values in the lines after it.
   */
  public void failed(String part, Exception e) {
    String reason = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    Failing before = failing.get(part);
    failing.put(part, new Failing(reason, before == null ? 1 : before.runs() + 1));
    if (before == null || !before.reason().equals(reason)) {
      log.log(
          Level.WARNING,
          task
              + ": "
              + part
              + " failed: "
              + reason
              + " (retried each run; logged again if it changes)");
    } else {
      log.log(Level.FINE, () -> task + ": " + part + " failed again: " + reason);
    }
  }

  /** A run of {@code part} succeeded; after failures, says so once. */
  public void succeeded(String part) {
    Failing before = failing.remove(part);
    if (before != null) {
      long runs = before.runs();
      log.info(
          () ->
              task
                  + ": "
                  + part
                  + " works again after "
                  + runs
                  + " failed run"
                  + (runs == 1 ? "" : "s"));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }
}
