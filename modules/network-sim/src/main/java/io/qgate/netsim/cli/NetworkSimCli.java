package io.qgate.netsim.cli;

import io.qgate.qkd.cli.QkdCli;
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

  public static final int EXIT_BAD_INPUT = QkdCli.EXIT_BAD_INPUT;
  public static final int EXIT_FAILURE = QkdCli.EXIT_FAILURE;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return QkdCli.execute(new CommandLine(new NetworkSimCli()), args, out, err);
  }
}
