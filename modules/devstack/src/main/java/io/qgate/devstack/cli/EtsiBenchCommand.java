package io.qgate.devstack.cli;

import io.qgate.devstack.bench.BenchException;
import io.qgate.devstack.bench.BenchMode;
import io.qgate.devstack.bench.BenchReport;
import io.qgate.devstack.bench.BenchResult;
import io.qgate.devstack.bench.EtsiBench;
import io.qgate.devstack.bench.EtsiBenchSettings;
import io.qgate.devstack.bench.ModeResult;
import io.qgate.devstack.pki.DevPki;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./qgate bench etsi}: a closed-loop load generator for ETSI GS QKD 014 over mutual TLS,
 * with the demo SAEs' certificates from the dev PKI. Exit codes: 0 done and verified, 1 a duplicate
 * key_ID, a dec_keys answer that differs from enc_keys, nothing served, or the KME refused an SAE;
 * 2 bad options or missing/unreadable certificates; 3 nothing answers at the URL or the TLS
 * handshake fails.
 */
@Command(
    name = "etsi",
    description = {
      "Load generator for ETSI GS QKD 014 over mutual TLS: N clients, each one request at a time"
          + " with its own HTTP/1.1 keep-alive connection per SAE, a warm-up, then a measured"
          + " window. enc: enc_keys as the master SAE. dec: the warm-up reserves keys (128 per"
          + " enc_keys request), then dec_keys as the slave SAE is measured. both: every client"
          + " alternates enc_keys and dec_keys of the keys it just got.",
      "Reports requests/s of 200 answers, latency p50/p90/p99/p99.9/max, other answers by"
          + " status (503: pool empty), and checks that no key_ID comes twice and that dec_keys"
          + " returns the bytes enc_keys did.",
      "Exit codes: 0 ok; 1 a duplicate key_ID or a mismatch, nothing served, or the KME refused"
          + " an SAE; 2 bad options or missing certificates; 3 cannot connect (nothing listens,"
          + " TLS handshake fails)."
    })
final class EtsiBenchCommand implements Callable<Integer> {

  static final int CANNOT_CONNECT = 3;

  @ParentCommand private BenchCommand bench;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "64",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "30",
      description = "Measured time in seconds (default: ${DEFAULT-VALUE}).")
  private long seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      defaultValue = "10",
      description =
          "Warm-up in seconds, not measured; dec mode reserves its keys then (default:"
              + " ${DEFAULT-VALUE}).")
  private long warmup;

  @Option(
      names = "--size",
      paramLabel = "BITS",
      defaultValue = "256",
      description = "Key size, a multiple of 8 from 64 to 1024 (default: ${DEFAULT-VALUE}).")
  private int size;

  @Option(
      names = "--number",
      paramLabel = "K",
      defaultValue = "1",
      description =
          "Keys per enc_keys request (enc, both) or key_IDs per dec_keys request (dec), 1 to 128"
              + " (default: ${DEFAULT-VALUE}).")
  private int number;

  @Option(
      names = "--mode",
      paramLabel = "enc|dec|both",
      defaultValue = "enc",
      description = "What is measured (default: ${DEFAULT-VALUE}).")
  private String mode;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The ETSI 014 listener (default: https://localhost:PORT, the HTTPS port of the running"
              + " ./qgate up, else 8443).")
  private String url;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(
      names = "--master-sae",
      paramLabel = "ID",
      defaultValue = "sae-grid-1",
      description = "SAE calling enc_keys (default: ${DEFAULT-VALUE}).")
  private String masterSae;

  @Option(
      names = "--slave-sae",
      paramLabel = "ID",
      defaultValue = "sae-core-1",
      description = "SAE calling dec_keys (default: ${DEFAULT-VALUE}).")
  private String slaveSae;

  @Option(
      names = "--pki",
      paramLabel = "DIR",
      description =
          "Directory with ID.p12 of both SAEs and ca.pem (default: .qgate/pki, where ./qgate up"
              + " writes the demo SAEs' certificates).")
  private Path pki;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = DevPki.STORE_PASSWORD,
      description = "Password of the PKCS#12 files (default: the dev PKI's).")
  private String password;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public Integer call() {
    CliContext context = bench.context();
    boolean json = parseFormat(format);
    EtsiBenchSettings settings;
    try {
      settings = settings(context).validate();
    } catch (BenchException e) {
      throw new CliException(e.getMessage(), e.exitCode());
    }
    PrintStream out = context.out();
    BenchResult result;
    try {
      result = new EtsiBench(settings, json ? context.err() : out).run();
    } catch (BenchException e) {
      throw new CliException(e.getMessage(), e.exitCode());
    }
    if (json) {
      out.println(BenchReport.json(result));
    } else {
      BenchReport.text(result).forEach(out::println);
    }
    if (!result.verified()) {
      throw CliException.failure(
          "verification failed: "
              + result.duplicates()
              + " duplicate key_IDs, "
              + result.mismatches()
              + " mismatches"
              + (result.problems().isEmpty() ? "" : " (first: " + result.problems().get(0) + ")"));
    }
    Optional<ModeResult> idle = result.modes().stream().filter(m -> m.served() == 0).findFirst();
    if (idle.isPresent()) {
      ModeResult m = idle.get();
      String why =
          m.nonOk().isEmpty()
              ? (m.firstError() == null ? "no request completed" : m.firstError())
              : m.nonOk().entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " x "
                              + e.getValue()
                              + ": "
                              + m.nonOkMessages().getOrDefault(e.getKey(), ""))
                  .collect(Collectors.joining("; "));
      throw CliException.failure(
          "no " + m.mode() + "_keys request was served in the measured window (" + why + ")");
    }
    return 0;
  }

  /** The settings from the options; {@link CliException} (bad usage) for a malformed value. */
  EtsiBenchSettings settings(CliContext context) {
    BenchMode benchMode;
    URI baseUrl;
    try {
      benchMode = BenchMode.parse(mode);
      baseUrl = EtsiBenchSettings.parseUrl(url != null ? url : defaultUrl(context));
    } catch (IllegalArgumentException e) {
      throw CliException.badUsage(e.getMessage());
    }
    Path dir = pki != null ? context.home().resolve(pki) : context.layout().pki();
    return new EtsiBenchSettings(
        baseUrl,
        clients,
        Duration.ofSeconds(warmup),
        Duration.ofSeconds(seconds),
        size,
        number,
        benchMode,
        masterSae,
        slaveSae,
        dir.resolve(masterSae + ".p12"),
        dir.resolve(slaveSae + ".p12"),
        dir.resolve("ca.pem"),
        password.toCharArray());
  }

  private static boolean parseFormat(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw CliException.badUsage("--format must be text or json, got '" + value + "'");
    };
  }

  /** The HTTPS port of the running {@code up}, else 8443. */
  private static String defaultUrl(CliContext context) {
    StateLayout layout = context.layout();
    int port = LauncherSettings.DEFAULT_HTTPS_PORT;
    if (new PidFile(layout.pidFile()).liveProcess().isPresent()) {
      Optional<Endpoints> endpoints = Endpoints.read(layout.endpointsFile());
      if (endpoints.isPresent() && endpoints.get().httpsPort() > 0) {
        port = endpoints.get().httpsPort();
      }
    }
    return "https://localhost:" + port;
  }
}
