package io.qgate.benchconsole;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./qgate bench console}: how long the console's first view (the Overview) takes to render
 * with its data, in headless chromium against a running {@code ./qgate up} stack (issue 8: "first
 * view in under a second on localhost"). The target is reported, never enforced. Exit codes: 0 the
 * run measured; 1 it could not (stack not reachable, sign-in refused, no first view in 30 s); 2 bad
 * options.
 */
@Command(
    name = "qgate bench console",
    mixinStandardHelpOptions = true,
    version = "qgate bench console 0.1.0",
    description = {
      "Console first-view benchmark: headless chromium (1280x900) opens the console, signs in"
          + " once through Keycloak's login form, and times the first view (the Overview) until it"
          + " has rendered with its data; then reloads the signed-in tab --warmup + --runs times.",
      "Times are read in the page from its navigation start: the console's performance mark"
          + " 'qgate:first-view', or on a console without it the moment the overview holds its"
          + " panels and no loading placeholder (the output says which).",
      "Reports per phase (sign-in -> first view, reload -> first view) runs, min, median, p90"
          + " and max in ms against the target median and p90 < 1000 ms.",
      "Needs a running ./qgate up. Exit codes: 0 measured; 1 could not measure; 2 bad options."
    })
public final class ConsoleBenchCli implements Callable<Integer> {

  static final int FAILED = 1;
  static final int BAD_USAGE = 2;

  /** Kept: java.util.logging holds loggers weakly, and Selenium's warnings would be lost lines. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @Option(
      names = "--url",
      paramLabel = "URL",
      defaultValue = "http://localhost:8080/",
      description = "The console's root on the running stack (default: ${DEFAULT-VALUE}).")
  String url;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "grace",
      description = "Demo user to sign in as (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = "qgate-demo",
      description = "Password of --user (default: the demo users' password).")
  String password;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "20",
      description = "Measured reloads (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      defaultValue = "3",
      description = "Reloads before the measured ones, not counted (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--chromium",
      paramLabel = "PATH",
      defaultValue = "/usr/bin/chromium",
      description = "The chromium binary (default: ${DEFAULT-VALUE}).")
  String chromium;

  @Option(
      names = "--chromedriver",
      paramLabel = "PATH",
      defaultValue = "/usr/bin/chromedriver",
      description = "The chromedriver matching it (default: ${DEFAULT-VALUE}).")
  String chromedriver;

  @Option(
      names = "--json",
      description = "Print the figures as JSON (every sample included) instead of tables.")
  boolean json;

  private final PrintStream out;
  private final PrintStream err;

  ConsoleBenchCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    SELENIUM_LOG.setLevel(Level.OFF);
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command; the exit code. Used by {@link #main} and tests. */
  static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new ConsoleBenchCli(out, err));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          err.println("qgate bench console: " + e.getMessage() + " (--help lists the options)");
          return BAD_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, result) -> {
          if (e instanceof BadOptionException) {
            err.println("qgate bench console: " + e.getMessage());
            return BAD_USAGE;
          }
          if (e instanceof BenchFailure) {
            err.println("qgate bench console: " + e.getMessage());
            return FAILED;
          }
          err.println("qgate bench console: " + oneLine(e.toString()));
          return FAILED;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    ConsoleBenchSettings settings = settings();
    BenchResult result = new ConsoleBench(settings, err).run();
    if (settings.json()) {
      out.println(ConsoleBenchReport.json(result));
    } else {
      ConsoleBenchReport.text(result).forEach(out::println);
    }
    return 0;
  }

  /** The validated settings; {@link BadOptionException} naming the first bad option. */
  ConsoleBenchSettings settings() {
    try {
      return ConsoleBenchSettings.of(
          url, user, password, runs, warmup, chromium, chromedriver, json);
    } catch (IllegalArgumentException e) {
      throw new BadOptionException(e.getMessage());
    }
  }

  private static String oneLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
