package io.qgate.devstack.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./qgate bench etsi ...}: load generators against a running platform. (The script runs the
 * JMH benchmarks itself for {@code ./qgate bench} with any other first argument.)
 */
@Command(
    name = "bench",
    description = "Load generators against a running ./qgate up (JMH benchmarks: ./qgate bench).",
    subcommands = {EtsiBenchCommand.class})
final class BenchCommand implements Runnable {

  @ParentCommand private QgateCli cli;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: bench etsi");
  }

  CliContext context() {
    return cli.context();
  }
}
