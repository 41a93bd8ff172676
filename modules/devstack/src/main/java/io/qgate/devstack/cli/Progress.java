package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Numbered steps on the console, e.g. {@code [1/3] PostgreSQL embedded, ... ok (1.9 s)}. On a
 * terminal a long step shows its elapsed seconds in place; in a log file it prints a dot every few
 * seconds instead, so the file stays readable.
 */
final class Progress {

  private static final int NAME_WIDTH = 12;
  private static final long DOT_EVERY_SECONDS = 5;

  private final PrintStream out;
  private final int total;
  private final boolean interactive;

  Progress(PrintStream out, int total, boolean interactive) {
    this.out = out;
    this.total = total;
    this.interactive = interactive;
  }

  Step begin(int number, String name, String detail) {
    String prefix =
        String.format(
            Locale.ROOT, "[%d/%d] %-" + NAME_WIDTH + "s %s ... ", number, total, name, detail);
    out.print(prefix);
    out.flush();
    return new Step(prefix);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  final class Step {
    private final String prefix;
    private final long startNanos = System.nanoTime();
    private long lastShownSecond;
    private long dots;

    private Step(String prefix) {
      this.prefix = prefix;
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Shows that the step is still running. */
    void tick() {
      long second = elapsed().toSeconds();
      if (interactive && second != lastShownSecond) {
        out.print("\r" + prefix + second + " s");
        out.flush();
        lastShownSecond = second;
      } else if (!interactive && second / DOT_EVERY_SECONDS > dots) {
        out.print(".");
        out.flush();
        dots++;
      }
    }

    void ok() {
      done("ok");
    }

    void failed() {
      done("failed");
    }

    /** Ends the line with {@code outcome} and the elapsed time. */
    void done(String outcome) {
      String result = outcome + " (" + seconds(elapsed()) + ")";
      if (interactive && lastShownSecond > 0) {
        // Overwrite the seconds counter; trailing spaces clear what it leaves behind.
        out.println("\r" + prefix + result + "      ");
      } else {
        out.println((dots > 0 ? " " : "") + result);
      }
    }
  }
}
