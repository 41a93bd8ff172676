package io.qgate.console.it;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import io.qgate.devstack.Ports;
import io.qgate.devstack.pki.TlsServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A second Payara Micro running the same WAR against the same PostgreSQL and Kafka as the one
 * Arquillian deploys: two platform instances, as a cluster runs them. Its output goes to a log file
 * under the integration-test work directory.
 */
final class SecondInstance implements AutoCloseable {

  // Generous: on a shared 2-core machine three instances booting at once took over 4 minutes.
  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(420);

  // A readiness answer runs the database and Kafka checks; on a loaded machine that takes seconds.
  private static final Duration READY_ANSWER_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final URL url;
  private final Path log;
  private URI etsi; // set when it serves ETSI 014 (startWithEtsi)

  private SecondInstance(Process process, URL url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /**
   * JVM options that drive the demo fleets, small (a few devices per domain), without consumers.
   */
  static final List<String> SMALL_FLEETS =
      List.of(
          "-Dqgate.gateway.fleet=true",
          "-Dqgate.telemetry.consumers=false",
          "-Dqgate.fleet.grid.simulated-pmus=4",
          "-Dqgate.fleet.health.monitors=4",
          "-Dqgate.fleet.industrial.tags=20");

  static SecondInstance start() throws IOException, InterruptedException {
    return start("second-instance", List.of());
  }

  /**
   * Starts a Payara Micro named {@code name} (its directory under the work directory) with the
   * platform's settings plus {@code extraArguments} (Payara Micro options such as HTTPS).
   */
  static SecondInstance start(String name, List<String> extraArguments)
      throws IOException, InterruptedException {
    return start(name, List.of(), java.util.Map.of(), extraArguments);
  }

  /**
   * As {@link #start(String, List)}, with {@code jvmArguments} after the shared settings (a {@code
   * -D} there overrides them, e.g. another database) and {@code environment} added to the process.
   */
  static SecondInstance start(
      String name,
      List<String> jvmArguments,
      java.util.Map<String, String> environment,
      List<String> extraArguments)
      throws IOException, InterruptedException {
    boolean restarted = false;
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce(name, jvmArguments, environment, extraArguments);
      } catch (PortTakenException e) {
        // A free port can be taken by another process before Payara binds it (other servers
        // boot alongside): try another, a few times.
        if (attempt == 3) {
          throw new IllegalStateException(e.getMessage());
        }
      } catch (NotReadyException e) {
        // As a startup probe would, restart it once; the first process's log and threads stay
        // beside the new one's, and the reason is printed for the test report.
        if (restarted) {
          throw new IllegalStateException(e.getMessage());
        }
        restarted = true;
        System.err.println(e.getMessage() + "\nRestarting it once.");
        Path log = VaultSettings.work().resolve(name).resolve("payara.log");
        Files.move(log, log.resolveSibling("payara-not-ready.log"), REPLACE_EXISTING);
      }
    }
  }

  private static SecondInstance startOnce(
      String name,
      List<String> jvmArguments,
      java.util.Map<String, String> environment,
      List<String> extraArguments)
      throws IOException, InterruptedException {
    Path work = VaultSettings.work().resolve(name);
    Files.createDirectories(work);
    int port = freePort();
    Path log = work.resolve("payara.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    int dbPort = Integer.getInteger("qgate.it.db.port", 25432);
    command.add("-Dqgate.db.url=jdbc:postgresql://localhost:" + dbPort + "/qgate");
    command.add("-Dqgate.db.user=qgate_app");
    command.add("-Dqgate.db.password=postgres");
    command.add("-Dqgate.db.migration-user=postgres");
    command.add("-Dqgate.db.migration-password=postgres");
    command.add(
        "-Dqgate.kafka.bootstrap=localhost:" + Integer.getInteger("qgate.it.kafka.port", 29092));
    command.add("-Dqgate.oidc.issuer=" + DevStackExtension.oidcIssuer());
    command.addAll(VaultSettings.jvmArguments());
    command.addAll(jvmArguments); // the last -D of a property wins
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("qgate.it.payara.micro.jar"),
            "--deploy",
            Path.of(System.getProperty("qgate.it.war", "target/qgate.war"))
                .toAbsolutePath()
                .toString(),
            "--contextroot",
            "/", // as ./qgate up, the EAR and the chart deploy it
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootdir",
            work.resolve("root").toAbsolutePath().toString()));
    command.addAll(extraArguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    SecondInstance instance =
        new SecondInstance(process, new URL("http://localhost:" + port + "/"), log);
    instance.awaitReady();
    return instance;
  }

  /**
   * As {@link #start(String, List, java.util.Map, List)} with {@code jvmArguments}, also serving
   * ETSI GS QKD 014 over mutual TLS on a free port ({@link #etsiUrl()}), certificates from {@code
   * pkiDir}.
   */
  static SecondInstance startWithEtsi(String name, List<String> jvmArguments, Path pkiDir)
      throws IOException, InterruptedException {
    int port = Ports.anyFree();
    SecondInstance instance =
        start(
            name, jvmArguments, java.util.Map.of(), TlsServerOptions.payaraArguments(pkiDir, port));
    instance.etsi = URI.create("https://localhost:" + port + "/");
    return instance;
  }

  /** Two of {@link #startWithEtsi}, named {@code first} and {@code second}, booted side by side. */
  static List<SecondInstance> startPairWithEtsi(
      String first, String second, List<String> jvmArguments, Path pkiDir)
      throws IOException, InterruptedException {
    CompletableFuture<SecondInstance> other =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return startWithEtsi(second, jvmArguments, pkiDir);
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    SecondInstance one;
    try {
      one = startWithEtsi(first, jvmArguments, pkiDir);
    } catch (IOException | InterruptedException | RuntimeException e) {
      // Never leave the other running: it would hold links and consume partitions for the rest
      // of the integration tests.
      try {
        other.join().close();
      } catch (RuntimeException failedToo) {
        e.addSuppressed(failedToo); // a failed start has already stopped its process
      }
      throw e;
    }
    try {
      return List.of(one, other.join());
    } catch (RuntimeException e) {
      one.close();
      throw e;
    }
  }

  URL url() {
    return url;
  }

  /** Its ETSI 014 base URL (https), if started by {@link #startWithEtsi}. */
  URI etsiUrl() {
    return etsi;
  }

  /** The process id: the start of the lease holder name this instance writes ({@code pid@host}). */
  long pid() {
    return process.pid();
  }

  /** SIGKILL, as a crashed node or an OOM-killed pod: no shutdown hook, no lease released. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    URI ready = URI.create(url.toExternalForm()).resolve("/health/ready");
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    String lastAnswer = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The second Payara Micro exited; see " + log);
      }
      if (failedToBind()) {
        close(); // Payara logs the failure but its JVM lingers
        throw new PortTakenException("The second Payara Micro could not bind its port; see " + log);
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(ready).timeout(READY_ANSWER_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        lastAnswer = response.statusCode() + " " + response.body();
      } catch (IOException notYet) {
        lastAnswer = notYet.toString(); // still booting
      }
      Thread.sleep(1_000);
    }
    Path threads = log.resolveSibling("threads-not-ready.txt");
    String stuck = ThreadDumps.capture(process.pid(), threads, "health");
    close();
    throw new NotReadyException(
        "The second Payara Micro was not ready within "
            + BOOT_TIMEOUT
            + " (last answer of "
            + ready
            + ": "
            + lastAnswer
            + "); see "
            + log
            + " and "
            + threads
            + "; "
            + stuck);
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean failedToBind() {
    try {
      String text =
          new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1);
      return text.contains("java.net.BindException") && text.contains("Failed to start");
    } catch (IOException notYetWritten) {
      return false;
    }
  }

  /** It booted but did not answer ready in time. */
  private static final class NotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotReadyException(String message) {
      super(message);
    }
  }

  /** The port chosen was taken before Payara bound it. */
  private static final class PortTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }
}
