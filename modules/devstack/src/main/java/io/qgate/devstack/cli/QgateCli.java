package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code ./qgate}: {@code up}, {@code down}, {@code status}, {@code pki}.
 *
 * <p>Errors are one line on stderr: exit code 2 for bad usage, 1 for runtime failures. Stack traces
 * go to the log under .qgate/logs/, never to the console.
 */
@Command(
    name = "qgate",
    description = "Runs the qgate platform locally.",
    subcommands = {
      UpCommand.class,
      DownCommand.class,
      StatusCommand.class,
      PkiCommand.class,
      BenchCommand.class
    })
public final class QgateCli implements Runnable {

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  QgateCli(CliContext context) {
    this.context = context;
  }

  public static void main(String[] args) {
    System.exit(execute(CliContext.fromSystem(), args));
  }

  /** Runs one command and returns its exit code; used by {@link #main} and by tests. */
  static int execute(CliContext context, String... args) {
    CommandLine commandLine = new CommandLine(new QgateCli(context));
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    commandLine.setParameterExceptionHandler(
        (ex, ignoredArgs) -> {
          context.err().println("qgate: " + ex.getMessage() + " (./qgate help lists the commands)");
          return CliException.BAD_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, ignoredCommandLine, ignoredParseResult) -> report(context, ex));
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: up, down, status or pki");
  }

  CliContext context() {
    return context;
  }

  /** The launcher's logger; created on first use, after DevstackLogging chose the file. */
  static Logger log() {
    return LoggerFactory.getLogger("io.qgate.devstack.cli");
  }

  /** The message of {@code e} (or of its first cause that has one), on one line. */
  static String oneLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank()) {
        return message.lines().findFirst().orElse(message).trim();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static int report(CliContext context, Exception ex) {
    PrintStream err = context.err();
    if (ex instanceof CliException cliException) {
      err.println("qgate: " + cliException.getMessage());
      return cliException.exitCode();
    }
    StateLayout layout = context.layout();
    DevstackLogging.toFile(layout.cliLog()); // no-op if up already logs to its own file
    log().error("Command failed", ex);
    err.println("qgate: " + oneLine(ex) + " (details in " + layout.display(layout.logs()) + "/)");
    return CliException.RUNTIME_FAILURE;
  }
}
