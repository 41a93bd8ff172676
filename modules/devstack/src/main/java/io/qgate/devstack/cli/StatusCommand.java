package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./qgate status}: whether {@code up} runs and whether the platform is ready. */
@Command(name = "status", description = "Show whether ./qgate up is running and ready.")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand private QgateCli cli;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    PrintStream out = context.out();
    StateLayout layout = context.layout();
    Optional<ProcessHandle> launcher = new PidFile(layout.pidFile()).liveProcess();
    if (launcher.isEmpty()) {
      out.println("qgate is not running");
      return 0;
    }
    out.println("qgate is running (pid " + launcher.get().pid() + ")");
    Optional<Endpoints> endpoints = Endpoints.read(layout.endpointsFile());
    if (endpoints.isEmpty()) {
      out.println("  still starting (see " + layout.display(layout.logs()) + "/)");
      return 0;
    }
    HealthProbe probe = new HealthProbe(endpoints.get().httpPort());
    OptionalInt status = probe.status();
    String health =
        status.isEmpty()
            ? "no answer"
            : status.getAsInt() + (status.getAsInt() == 200 ? " (ready)" : " (not ready)");
    Endpoints.row(out, "Health", probe.uri() + " -> " + health);
    Endpoints.row(out, "Platform", endpoints.get().platformUrl() + "/");
    if (endpoints.get().httpsPort() > 0) {
      Endpoints.row(out, "ETSI 014", endpoints.get().etsi014Url() + " (mutual TLS)");
    }
    Endpoints.row(out, "PostgreSQL", endpoints.get().dbUrl());
    Endpoints.row(out, "Kafka", endpoints.get().kafkaBootstrap());
    if (!endpoints.get().oidcIssuer().isEmpty()) {
      Endpoints.row(
          out,
          endpoints.get().embeddedKeycloak() ? "Keycloak" : "OIDC",
          endpoints.get().oidcIssuer()
              + (endpoints.get().embeddedKeycloak()
                  ? " (admin console " + endpoints.get().keycloakAdminConsoleUrl() + ")"
                  : " (external)"));
    }
    return 0;
  }
}
