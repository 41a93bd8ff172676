package io.qgate.qkd.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./qgate sim}: the engine's command line. Bad input ends with one line on
 * stderr and exit code 2, a failure while running with one line and exit code 1; never a stack
 * trace.
 */
@Command(
    name = "qgate",
    mixinStandardHelpOptions = true,
    version = "qgate QKD engine 0.1",
    subcommands = {SimCommand.class})
public final class QkdCli {

  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_FAILURE = 1;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new CommandLine(new QkdCli()), args, out, err);
  }

  /**
   * Runs {@code cli} with qgate's exit-code contract: a bad option or an {@link
   * IllegalArgumentException} is one line on {@code err} and {@value #EXIT_BAD_INPUT}, any other
   * failure one line and {@value #EXIT_FAILURE}. Shared by the other {@code ./qgate sim} commands.
   */
  public static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("qgate: " + e.getMessage());
          return EXIT_BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            err.println("qgate: " + e.getMessage());
            return EXIT_BAD_INPUT;
          }
          err.println("qgate: " + e.getClass().getSimpleName() + ": " + e.getMessage());
          return EXIT_FAILURE;
        });
    return cli.execute(args);
  }
}
