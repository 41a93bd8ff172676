package io.qgate.devstack.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./qgate pki ...}: the dev PKI in .qgate/pki/ that the ETSI 014 listener trusts. */
@Command(
    name = "pki",
    description = "The dev PKI in .qgate/pki/ (mutual TLS of the ETSI 014 API).",
    subcommands = {IssueSaeCommand.class, IssueDeviceCommand.class})
final class PkiCommand implements Runnable {

  @ParentCommand private QgateCli cli;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: pki issue-sae | issue-device");
  }

  CliContext context() {
    return cli.context();
  }
}
