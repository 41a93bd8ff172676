package io.qgate.netsim.cli;

import io.qgate.netsim.model.NetworkSimulation;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr (stdout carries the report): one line per 10% of simulated time,
 * and only once the run has taken more than two seconds, so short runs and tests are quiet.
 */
final class ProgressLine implements NetworkSimulation.Progress {

  private static final long QUIET_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private int lastTenth;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void at(long simulatedNanos, long totalNanos) {
    int tenth = (int) (10 * simulatedNanos / Math.max(1, totalNanos));
    long elapsed = System.nanoTime() - start;
    if (tenth > lastTenth && elapsed > QUIET_NANOS) {
      err.printf(
          Locale.ROOT,
          "qgate: simulated %3d%% (%.1f of %.1f h) in %.1f s%n",
          10 * tenth,
          simulatedNanos / 3.6e12,
          totalNanos / 3.6e12,
          elapsed / 1e9);
      err.flush();
    }
    lastTenth = Math.max(lastTenth, tenth);
  }
}
