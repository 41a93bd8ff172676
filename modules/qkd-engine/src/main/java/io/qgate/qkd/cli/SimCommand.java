package io.qgate.qkd.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code qgate sim}: the simulations; each subcommand is one contract other tools call. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = "Simulate QKD links: key rates, whole sessions, Cascade, finite-key lengths.",
    // `network` lives in modules/network-sim (it depends on this engine); ./qgate dispatches it.
    footer = {
      "",
      "Also: network   a whole QKD deployment for IoT devices: architectures,",
      "                key supply vs demand, latency, failure, energy",
      "                (./qgate sim network --help)"
    },
    subcommands = {
      KeyRateCommand.class,
      SessionCommand.class,
      CascadeCommand.class,
      FiniteKeyCommand.class
    })
public final class SimCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand (see ./qgate sim --help)");
  }
}
