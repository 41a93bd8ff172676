package io.qgate.devstack.cli;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./qgate pki issue-device}: a client certificate for a device that posts readings to its
 * edge gateway ({@code POST /api/v1/telemetry/readings}). Unlike an SAE, a device is registered in
 * the device registry with its certification, which this command does not do: it says how.
 */
@Command(
    name = "issue-device",
    description =
        "Issue a client certificate for a device (CN = device id) signed by the dev CA and write it"
            + " to DIR; the device posts readings over mutual TLS once it is registered.")
final class IssueDeviceCommand implements Callable<Integer> {

  @ParentCommand private PkiCommand pki;

  @Option(
      names = "--device-id",
      required = true,
      paramLabel = "ID",
      description = "Device id as registered, [a-z0-9][a-z0-9-]{0,62}; becomes the CN.")
  private String deviceId;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for ID.pem, ID-key.pem, ID.p12 (password changeit) and ca.pem.")
  private Path out;

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
    if (!deviceId.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw CliException.badUsage(
          "invalid device id '" + deviceId + "': expected [a-z0-9][a-z0-9-]{0,62}");
    }
    Path outDir = context.home().resolve(out).toAbsolutePath().normalize();
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw CliException.badUsage("--out " + out + " is not a directory");
    }
    DevPki devPki = DevPki.ensure(layout.pki());
    ClientCredentials credentials = devPki.issueClient(deviceId, outDir);
    console.println(
        (credentials.issued() ? "Issued" : "Kept the existing")
            + " certificate for device "
            + deviceId
            + " (CN="
            + deviceId
            + ", CA "
            + layout.display(devPki.caPem())
            + ")");
    Endpoints.row(console, "Certificate", layout.display(credentials.certificate()));
    Endpoints.row(console, "Private key", layout.display(credentials.privateKey()));
    Endpoints.row(
        console,
        "PKCS#12",
        layout.display(credentials.keyStore()) + " (password " + DevPki.STORE_PASSWORD + ")");
    console.println(
        "Register it (POST /api/v1/devices, then its certification) before it posts readings to"
            + " https://localhost:<QGATE_HTTPS_PORT>/api/v1/telemetry/readings");
    return 0;
  }
}
