package io.qgate.qkd.cli;

import io.qgate.qkd.session.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long session on stderr, never on stdout where JSON goes: redrawn in place on a
 * terminal, one line per 10% otherwise, and only once the run has taken more than two seconds (or
 * at once on a terminal), so short runs and tests stay quiet.
 */
final class ProgressBar implements ProgressListener {

  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private int lastTenth = -1;
  private boolean drawn;

  /** Whether {@code line} is one of the lines this bar writes when stderr is not a terminal. */
  static boolean isProgressLine(String line) {
    return line.matches("qgate: .+ +\\d+% \\(.+ pulses/s\\)");
  }

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void progress(long sent, long total) {
    long elapsed = System.nanoTime() - start;
    if (!terminal && elapsed < QUIET_NANOS) {
      return;
    }
    double done = total == 0 ? 1 : (double) sent / total;
    double rate = sent / Math.max(elapsed / 1e9, 1e-9);
    if (terminal) {
      int filled = (int) Math.round(done * WIDTH);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3.0f%% %.3g pulses/s",
          label,
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          100 * done,
          rate);
      err.flush();
      drawn = true;
    } else if ((int) (10 * done) > lastTenth) {
      lastTenth = (int) (10 * done);
      err.printf(Locale.ROOT, "qgate: %s %3.0f%% (%.3g pulses/s)%n", label, 100 * done, rate);
      err.flush();
    }
  }

  /** Ends the bar's line on a terminal. */
  void done() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
