package io.qgate.devstack.cli;

import io.qgate.devstack.EmbeddedDatabase;
import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.EmbeddedKeycloak;
import io.qgate.devstack.PortInUseException;
import io.qgate.devstack.Ports;
import io.qgate.devstack.pki.DevPki;
import io.qgate.devstack.pki.TlsServerOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./qgate up}: PostgreSQL, Kafka, Keycloak and the platform on Payara Micro, until stopped.
 */
@Command(
    name = "up",
    description =
        "Start PostgreSQL, Kafka, Keycloak and the platform; Ctrl-C or ./qgate down stops them.")
final class UpCommand implements Callable<Integer> {

  private static final int STEPS = 4;
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration PAYARA_STOP_GRACE = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 30;

  @ParentCommand private QgateCli cli;

  @Option(names = "--fresh", description = "Wipe .qgate/ data and logs before starting.")
  private boolean fresh;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  /** Held until the JVM exits; a field, so that it stays reachable. */
  private FileLock lock;

  private CliContext context;
  private StateLayout layout;
  private PrintStream out;

  @Override
  public Integer call() throws InterruptedException {
    context = cli.context();
    layout = context.layout();
    out = context.out();
    long startNanos = System.nanoTime();

    LauncherSettings settings = LauncherSettings.fromEnvironment(context.env());
    requireFile(context.war(), "Platform WAR");
    requireFile(context.payaraMicroJar(), "Payara Micro jar");
    if (settings.externalOidcIssuer().isEmpty()) {
      requireFile(context.keycloakZip(), "Keycloak distribution");
    }
    PidFile pidFile = new PidFile(layout.pidFile());
    lock = LauncherLock.tryAcquire(layout.lockFile()).orElse(null);
    if (lock == null) {
      String pid = pidFile.recordedPid().map(p -> "pid " + p).orElse("starting");
      throw CliException.badUsage("qgate is already running (" + pid + "); ./qgate down stops it");
    }
    if (!Ports.isFree(settings.httpPort())) {
      throw CliException.failure(
          "Port "
              + settings.httpPort()
              + " for the platform is already in use (set QGATE_HTTP_PORT to use another)");
    }
    if (!Ports.isFree(settings.httpsPort())) {
      throw CliException.failure(
          "Port "
              + settings.httpsPort()
              + " for ETSI 014 (HTTPS) is already in use (set QGATE_HTTPS_PORT to use another)");
    }

    if (fresh) {
      layout.wipe();
      out.println("Wiped .qgate/ state (data and logs)");
    }
    layout.createDirectories();
    DevstackLogging.toFile(layout.upLog());
    QgateCli.log().info("qgate up in {} with {}", layout.root(), settings);
    pidFile.write(ProcessHandle.current().pid());

    RunningStack stack =
        new RunningStack(
            out,
            () -> {
              pidFile.delete();
              deleteQuietly(layout.endpointsFile());
            });
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "qgate-shutdown"));

    Progress progress = new Progress(out, STEPS, System.console() != null);
    PayaraMicro payara;
    Map<String, String> platformEnv;
    try {
      platformEnv = new LinkedHashMap<>();
      startDatabase(settings, progress, stack, platformEnv);
      startKafka(settings, progress, stack, platformEnv);
      startKeycloak(settings, progress, stack, platformEnv);
      payara = startPlatform(settings, progress, stack, platformEnv);
    } catch (RuntimeException e) {
      stack.stop();
      throw e;
    }

    Endpoints endpoints =
        new Endpoints(
            settings.httpPort(),
            settings.httpsPort(),
            platformEnv.get("QGATE_DB_URL"),
            platformEnv.get("QGATE_DB_USER"),
            platformEnv.get("QGATE_KAFKA_BOOTSTRAP"),
            platformEnv.get("QGATE_OIDC_ISSUER"),
            settings.externalOidcIssuer().isEmpty());
    endpoints.write(layout.endpointsFile());
    endpoints.printSummary(out, layout, Duration.ofNanos(System.nanoTime() - startNanos));

    int exitCode = payara.waitFor();
    if (stack.isStopped()) {
      return 0; // Ctrl-C or ./qgate down: the shutdown hook stopped Payara Micro.
    }
    context.err().println("qgate: Payara Micro exited unexpectedly (exit code " + exitCode + ")");
    printLogTail(layout.payaraLog());
    stack.stop();
    return CliException.RUNTIME_FAILURE;
  }

  private void startDatabase(
      LauncherSettings settings,
      Progress progress,
      RunningStack stack,
      Map<String, String> platformEnv) {
    if (settings.externalDbUrl().isPresent()) {
      String url = settings.externalDbUrl().get();
      Progress.Step step = progress.begin(1, "PostgreSQL", "external, " + url);
      checked(
          step,
          () -> ExternalServices.checkDatabase(url, settings.dbUser(), settings.dbPassword()));
      platformEnv.put("QGATE_DB_URL", url);
      platformEnv.put("QGATE_DB_USER", settings.dbUser());
      platformEnv.put("QGATE_DB_PASSWORD", settings.dbPassword());
      return;
    }
    Path dataDir = layout.postgresData();
    Progress.Step step =
        progress.begin(
            1,
            "PostgreSQL",
            "embedded, " + layout.display(dataDir) + ", port " + settings.embeddedDbPort());
    EmbeddedDatabase database =
        startServer(
            step,
            stack,
            "PostgreSQL",
            "port " + settings.embeddedDbPort(),
            () -> EmbeddedDatabase.start(dataDir, settings.embeddedDbPort()),
            db -> db::close,
            "QGATE_EMBEDDED_DB_PORT");
    // The platform connects as a role that cannot change the audit trail; the superuser owns
    // the schema and runs the migrations.
    database.ensureApplicationRole(EmbeddedDatabase.APPLICATION_ROLE);
    platformEnv.put("QGATE_DB_URL", database.jdbcUrl());
    platformEnv.put("QGATE_DB_USER", EmbeddedDatabase.APPLICATION_ROLE);
    platformEnv.put("QGATE_DB_PASSWORD", database.password());
    platformEnv.put("QGATE_DB_MIGRATION_USER", database.user());
    platformEnv.put("QGATE_DB_MIGRATION_PASSWORD", database.password());
  }

  private void startKafka(
      LauncherSettings settings,
      Progress progress,
      RunningStack stack,
      Map<String, String> platformEnv) {
    if (settings.externalKafkaBootstrap().isPresent()) {
      String bootstrap = settings.externalKafkaBootstrap().get();
      Progress.Step step = progress.begin(2, "Kafka", "external, " + bootstrap);
      checked(step, () -> ExternalServices.checkKafka(bootstrap));
      platformEnv.put("QGATE_KAFKA_BOOTSTRAP", bootstrap);
      return;
    }
    Path dataDir = layout.kafkaData();
    Progress.Step step =
        progress.begin(
            2,
            "Kafka",
            "embedded, localhost:" + settings.embeddedKafkaPort() + ", " + layout.display(dataDir));
    EmbeddedKafka kafka =
        startServer(
            step,
            stack,
            "Kafka",
            "localhost:" + settings.embeddedKafkaPort(),
            () -> EmbeddedKafka.start(dataDir, settings.embeddedKafkaPort()),
            k -> k::close,
            "QGATE_EMBEDDED_KAFKA_PORT");
    platformEnv.put("QGATE_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
  }

  /**
   * The identity provider: an external OpenID Provider if QGATE_OIDC_ISSUER is set (its discovery
   * document is checked), else the embedded dev Keycloak with realm qgate, whose data persists in
   * .qgate/keycloak/data (so the realm file is imported on the first start only, and again after
   * --fresh).
   */
  private void startKeycloak(
      LauncherSettings settings,
      Progress progress,
      RunningStack stack,
      Map<String, String> platformEnv) {
    if (settings.externalOidcIssuer().isPresent()) {
      String issuer = settings.externalOidcIssuer().get();
      Progress.Step step = progress.begin(3, "Keycloak", "external, " + issuer);
      checked(step, () -> ExternalServices.checkOidcIssuer(issuer));
      platformEnv.put("QGATE_OIDC_ISSUER", issuer);
      return;
    }
    int port = settings.keycloakPort();
    Progress.Step step =
        progress.begin(
            3,
            "Keycloak",
            "embedded, http://localhost:"
                + port
                + ", "
                + layout.display(layout.keycloak())
                + ", log "
                + layout.display(layout.keycloakLog()));
    EmbeddedKeycloak keycloak =
        startServer(
            step,
            stack,
            "Keycloak",
            "http://localhost:" + port,
            () ->
                EmbeddedKeycloak.start(
                    context.keycloakZip(),
                    layout.keycloak(),
                    port,
                    layout.keycloakLog(),
                    step::tick),
            k -> k::close,
            "QGATE_KEYCLOAK_PORT");
    QgateCli.log().info("Keycloak started, pid {}, issuer {}", keycloak.pid(), keycloak.issuer());
    platformEnv.put("QGATE_OIDC_ISSUER", keycloak.issuer());
  }

  private PayaraMicro startPlatform(
      LauncherSettings settings,
      Progress progress,
      RunningStack stack,
      Map<String, String> platformEnv) {
    List<String> tlsArguments = devPki(settings);
    Progress.Step step =
        progress.begin(
            4,
            "Payara Micro",
            "http://localhost:"
                + settings.httpPort()
                + ", https://localhost:"
                + settings.httpsPort()
                + " (mutual TLS), log "
                + layout.display(layout.payaraLog()));
    layout.resetPayaraRoot();
    layout.rotatePayaraLog();
    if (System.getenv("QGATE_AUDIT_SIGNING_KEY_FILE") == null) {
      // Created by the platform on first start and kept, so checkpoints stay verifiable with one
      // key an auditor can pin (.qgate/pki/audit-signing-key.pub.pem).
      platformEnv.put("QGATE_AUDIT_SIGNING_KEY_FILE", layout.auditSigningKey().toString());
    }
    if (System.getenv("QGATE_KEK_FILE") == null) {
      // The key vault's key-encryption key, created by the platform on first start and kept (also
      // by --fresh), like the PKI beside it.
      platformEnv.put("QGATE_KEK_FILE", layout.kekFile().toString());
    }
    if (System.getenv("QGATE_GATEWAY_FLEET") == null) {
      // The demo fleets (200 PMUs, 300 bedside monitors, 1,000 PLC tags; QGATE_FLEET_* sizes them)
      // stream through the edge gateways, so the console has live data.
      platformEnv.put("QGATE_GATEWAY_FLEET", "true");
    }
    PayaraBootWatch bootWatch = new PayaraBootWatch(layout.payaraLog());
    PayaraMicro payara =
        stack.start(
            "Payara Micro",
            "http://localhost:" + settings.httpPort(),
            () ->
                PayaraMicro.start(
                    context.payaraMicroJar(),
                    context.war(),
                    settings.httpPort(),
                    tlsArguments,
                    layout.payaraRoot(),
                    layout.payaraLog(),
                    platformEnv),
            p -> () -> p.stop(PAYARA_STOP_GRACE));
    QgateCli.log().info("Payara Micro started, pid {}", payara.pid());

    Optional<String> failure = awaitReady(payara, bootWatch, settings, step, stack);
    if (failure.isPresent()) {
      step.failed();
      printLogTail(layout.payaraLog());
      throw CliException.failure(failure.get() + "; see " + layout.display(layout.payaraLog()));
    }
    step.ok();
    return payara;
  }

  /**
   * Creates or completes the dev PKI in .qgate/pki/ (kept across runs and by --fresh) and returns
   * the Payara Micro arguments of the mutual-TLS listener for ETSI 014.
   */
  private List<String> devPki(LauncherSettings settings) {
    try {
      DevPki pki = DevPki.ensure(layout.pki());
      if (pki.written().contains(pki.caPem())) {
        out.println(
            "Dev PKI: created a CA, the KME server certificate and SAE certificates ("
                + String.join(", ", DevPki.DEMO_SAES)
                + ") in "
                + layout.display(layout.pki())
                + "/");
      } else if (!pki.written().isEmpty()) {
        out.println(
            "Dev PKI: wrote "
                + pki.written().stream()
                    .map(file -> file.getFileName().toString())
                    .collect(Collectors.joining(", "))
                + " in "
                + layout.display(layout.pki())
                + "/");
      }
      QgateCli.log().info("Dev PKI in {}, wrote {}", pki.dir(), pki.written());
      return TlsServerOptions.payaraArguments(layout.pki(), settings.httpsPort());
    } catch (RuntimeException e) {
      QgateCli.log().error("Dev PKI failed", e);
      throw CliException.failure(
          "Cannot create the dev PKI in "
              + layout.display(layout.pki())
              + "/: "
              + QgateCli.oneLine(e));
    }
  }

  /**
   * Polls /health/ready until it answers 200; returns why not if Payara Micro exits, boots without
   * the application, or runs out of time.
   */
  private Optional<String> awaitReady(
      PayaraMicro payara,
      PayaraBootWatch bootWatch,
      LauncherSettings settings,
      Progress.Step step,
      RunningStack stack) {
    HealthProbe probe = new HealthProbe(settings.httpPort());
    long deadline = System.nanoTime() + settings.startTimeout().toNanos();
    OptionalInt answer;
    while ((answer = probe.status()).orElse(0) != 200) {
      if (stack.isStopped()) { // Ctrl-C or ./qgate down while Payara Micro boots
        throw CliException.failure("Stopped while starting Payara Micro");
      }
      String cause = bootWatch.firstSevere().map(severe -> " (" + severe + ")").orElse("");
      if (!payara.isAlive()) {
        return Optional.of(
            "Payara Micro exited during startup, exit code " + payara.exitCode() + cause);
      }
      // Booted, yet no health endpoint: Payara Micro serves it only with an application.
      if (bootWatch.bootFinished() && answer.orElse(0) == 404) {
        return Optional.of(
            "Payara Micro started but did not deploy " + context.war().getFileName() + cause);
      }
      if (System.nanoTime() > deadline) {
        return Optional.of(
            "Payara Micro not ready within "
                + settings.startTimeout().toSeconds()
                + " s (QGATE_START_TIMEOUT_SECONDS), /health/ready "
                + (answer.isPresent() ? "answered " + answer.getAsInt() : "did not answer"));
      }
      step.tick();
      sleep(POLL_INTERVAL);
    }
    return Optional.empty();
  }

  /** Starts an embedded server, turning its failures into one-line messages. */
  private <T> T startServer(
      Progress.Step step,
      RunningStack stack,
      String name,
      String detail,
      Supplier<T> starter,
      Function<T, RunningStack.Stopper> stopper,
      String portVariable) {
    try {
      T server = stack.start(name, detail, starter, stopper);
      step.ok();
      return server;
    } catch (PortInUseException e) {
      step.failed();
      throw CliException.failure(e.getMessage() + " (set " + portVariable + " to use another)");
    } catch (CliException e) {
      step.failed();
      throw e;
    } catch (RuntimeException e) {
      step.failed();
      QgateCli.log().error("{} failed to start", name, e);
      throw CliException.failure(
          name
              + " failed to start: "
              + QgateCli.oneLine(e)
              + " (details in "
              + layout.display(layout.upLog())
              + ")");
    }
  }

  private static void checked(Progress.Step step, Runnable check) {
    try {
      check.run();
      step.ok();
    } catch (CliException e) {
      step.failed();
      throw e;
    }
  }

  private void printLogTail(Path log) {
    PrintStream err = context.err();
    err.println("--- last lines of " + layout.display(log) + " ---");
    LogTail.lastLines(log, LOG_TAIL_LINES).forEach(err::println);
    err.println("---");
  }

  private void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw CliException.failure(what + " not found: " + file + " (./qgate up builds it)");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Stale endpoints are harmless: status reads them only while the pid is alive.
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failure("Interrupted while waiting for Payara Micro");
    }
  }
}
