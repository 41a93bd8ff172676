package io.qgate.netsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code qgate sim}, as far as this module goes: the {@code network} subcommand. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = "Simulate QKD deployments (the QKD engine's own commands: ./qgate sim --help).",
    subcommands = {NetworkCommand.class})
public final class SimNetworkCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand (see ./qgate sim --help)");
  }
}
