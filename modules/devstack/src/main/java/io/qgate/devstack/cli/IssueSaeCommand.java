package io.qgate.devstack.cli;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./qgate pki issue-sae --sae-id ID --out DIR [--node NODE]}: a client certificate for an
 * SAE, signed by the dev CA, registered with a node's KME on the running platform.
 */
@Command(
    name = "issue-sae",
    description =
        "Issue a client certificate for an SAE (CN = SAE id) signed by the dev CA, write it to"
            + " DIR and register the SAE with a node's KME on the running platform.")
final class IssueSaeCommand implements Callable<Integer> {

  static final String DEFAULT_NODE = "kme-core-1";

  @ParentCommand private PkiCommand pki;

  @Option(
      names = "--sae-id",
      required = true,
      paramLabel = "ID",
      description = "SAE id, [A-Za-z0-9][A-Za-z0-9._-]{0,63}; becomes the certificate's CN.")
  private String saeId;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for ID.pem, ID-key.pem, ID.p12 (password changeit) and ca.pem.")
  private Path out;

  @Option(
      names = "--node",
      paramLabel = "NODE",
      defaultValue = DEFAULT_NODE,
      description = "Node whose KME serves the SAE (default: ${DEFAULT-VALUE}).")
  private String node;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description =
          "A role the SAE reads telemetry keys under, e.g. telemetry-reader (repeatable; default:"
              + " none, ETSI keys only).")
  private List<String> roles = new ArrayList<>();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public Integer call() {
    CliContext context = pki.context();
    StateLayout layout = context.layout();
    PrintStream console = context.out();
    if (!DevPki.isValidSaeId(saeId)) {
      throw CliException.badUsage(
          "invalid SAE id '" + saeId + "': expected [A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
    if (!DevPki.isValidSaeId(node)) {
      throw CliException.badUsage(
          "invalid node id '" + node + "': expected [A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
    for (String role : roles) {
      if (!role.matches("[a-z][a-z0-9-]{0,62}")) {
        throw CliException.badUsage(
            "invalid role '" + role + "': expected lower case letters, digits and '-'");
      }
    }
    Path outDir = context.home().resolve(out).toAbsolutePath().normalize();
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw CliException.badUsage("--out " + out + " is not a directory");
    }

    DevPki devPki = DevPki.ensure(layout.pki());
    ClientCredentials credentials = devPki.issueClient(saeId, outDir);
    String validUntil =
        DateTimeFormatter.ISO_LOCAL_DATE.format(
            credentials.readCertificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC));
    console.println(
        (credentials.issued() ? "Issued" : "Kept the existing")
            + " certificate for SAE "
            + saeId
            + " (CN="
            + saeId
            + ", client authentication, valid until "
            + validUntil
            + ", CA "
            + layout.display(devPki.caPem())
            + ")");
    Endpoints.row(console, "Certificate", layout.display(credentials.certificate()));
    Endpoints.row(console, "Private key", layout.display(credentials.privateKey()));
    Endpoints.row(
        console,
        "PKCS#12",
        layout.display(credentials.keyStore()) + " (password " + DevPki.STORE_PASSWORD + ")");
    Endpoints.row(console, "CA", layout.display(credentials.caCertificate()));

    String token;
    try {
      token = AdminToken.fetch(oidcIssuer(context, layout), context.env());
    } catch (CliException e) {
      throw CliException.failure(
          "certificate written, but registering SAE "
              + saeId
              + " with "
              + node
              + " needs a platform admin's sign-in: "
              + e.getMessage());
    }
    SaeRegistration registration = new SaeRegistration(platformPort(context, layout), token);
    SaeRegistration.Outcome outcome = registration.register(saeId, node, roles);
    switch (outcome.result()) {
      case CREATED ->
          console.println(
              "Registered SAE "
                  + saeId
                  + " with "
                  + node
                  + (roles.isEmpty() ? "" : " (roles " + String.join(", ", roles) + ")"));
      case EXISTS -> console.println("SAE " + saeId + " was already registered");
      case NOT_RUNNING ->
          throw CliException.failure(
              "certificate written, but registering SAE "
                  + saeId
                  + " with "
                  + node
                  + " needs the platform: run ./qgate up, then this command again");
      case FAILED ->
          throw CliException.failure(
              "certificate written, but registering SAE "
                  + saeId
                  + " with "
                  + node
                  + " failed: "
                  + outcome.detail());
    }
    return 0;
  }

  /** The port of the running {@code up} if there is one, else QGATE_HTTP_PORT or 8080. */
  /** The issuer the running platform trusts, else the one ./qgate up would use. */
  private static String oidcIssuer(CliContext context, StateLayout layout) {
    if (new PidFile(layout.pidFile()).liveProcess().isPresent()) {
      Optional<Endpoints> endpoints = Endpoints.read(layout.endpointsFile());
      if (endpoints.isPresent() && !endpoints.get().oidcIssuer().isBlank()) {
        return endpoints.get().oidcIssuer();
      }
    }
    LauncherSettings settings = LauncherSettings.fromEnvironment(context.env());
    return settings
        .externalOidcIssuer()
        .orElse("http://localhost:" + settings.keycloakPort() + "/realms/qgate");
  }

  private static int platformPort(CliContext context, StateLayout layout) {
    if (new PidFile(layout.pidFile()).liveProcess().isPresent()) {
      Optional<Endpoints> endpoints = Endpoints.read(layout.endpointsFile());
      if (endpoints.isPresent()) {
        return endpoints.get().httpPort();
      }
    }
    return LauncherSettings.httpPort(context.env());
  }
}
