package io.qgate.netsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./qgate sim network}. Bad input ends with one line on stderr and exit code
 * 2, a failure while running with one line and exit code 1; never a stack trace (as in the QKD
 * engine's {@code ./qgate sim}).
 */
@Command(
    name = "qgate",
    mixinStandardHelpOptions = true,
    version = "qgate network simulation 0.1",
    subcommands = {SimNetworkCommand.class})
public final class NetworkSimCli {

  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_FAILURE = 1;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new NetworkSimCli());
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
