package io.qgate.audit.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code ./qgate audit}: checks the tamper-evident audit trail from outside the
 * platform, straight against its PostgreSQL database. Exit codes: {@value #EXIT_INTACT} intact,
 * {@value #EXIT_BROKEN} broken (the output names the row), {@value #EXIT_BAD_INPUT} bad input,
 * {@value #EXIT_CANNOT_CHECK} the database cannot be reached or read. Errors are one line on
 * stderr, never a stack trace.
 */
@Command(
    name = "qgate audit",
    mixinStandardHelpOptions = true,
    version = "qgate audit 0.1",
    description = "Check the tamper-evident audit trail (hash chain and signed checkpoints).",
    subcommands = {VerifyCommand.class})
public final class AuditCli implements Runnable {

  public static final int EXIT_INTACT = 0;
  public static final int EXIT_BROKEN = 1;
  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_CANNOT_CHECK = 3;

  static final String PREFIX = "qgate audit: ";

  private final Map<String, String> environment;

  @Spec CommandSpec spec;

  AuditCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The environment the database defaults come from ({@code QGATE_DB_URL} and friends). */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing subcommand (see ./qgate audit --help)");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process with the process environment; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv()).execute(args);
  }

  /**
   * The command line, ready to {@code execute}: writes to {@code out} and {@code err} and takes the
   * database defaults from {@code environment}.
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Map<String, String> environment) {
    CommandLine cli = new CommandLine(new AuditCli(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          err.println(PREFIX + oneLine(e.getMessage()));
          err.flush();
          return EXIT_BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          int exitCode;
          String message;
          if (e instanceof CannotCheckException) {
            exitCode = EXIT_CANNOT_CHECK;
            message = e.getMessage();
          } else if (e instanceof IllegalArgumentException) {
            exitCode = EXIT_BAD_INPUT;
            message = e.getMessage();
          } else {
            exitCode = EXIT_CANNOT_CHECK;
            message = e.getClass().getSimpleName() + ": " + e.getMessage();
          }
          err.println(PREFIX + oneLine(message));
          err.flush();
          return exitCode;
        });
    return cli;
  }

  /** The first line of a message (driver messages may add a detail or hint line). */
  static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
  }
}
