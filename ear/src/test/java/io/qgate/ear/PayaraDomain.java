package io.qgate.ear;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Server domain driven through {@code asadmin}, as an operator would: create-domain,
 * start-domain, deploy, undeploy, stop-domain. The domain lives in its own directory (not in the
 * installation), on a port base chosen so it clashes neither with a default domain (4848/8080) nor
 * with a developer's {@code ./qgate up}.
 */
final class PayaraDomain {

  /** Offsets from the port base that create-domain assigns (admin, HTTP, IIOP, Hazelcast ...). */
  private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

  private static final int ADMIN_OFFSET = 48;
  private static final int HTTP_OFFSET = 80;

  private final Path installation;
  private final Path domainsDirectory;
  private final String name;
  private final int portBase;
  private final Path javaHome;
  private ProcessHandle serverProcess;

  private PayaraDomain(
      Path installation, Path domainsDirectory, String name, int portBase, Path javaHome) {
    this.installation = installation;
    this.domainsDirectory = domainsDirectory;
    this.name = name;
    this.portBase = portBase;
    this.javaHome = javaHome;
  }

  /**
   * A domain that does not exist yet, on the first port base from {@code preferredPortBase} (in
   * steps of 100) whose ports are all free.
   */
  static PayaraDomain plan(
      Path installation, Path domainsDirectory, String name, int preferredPortBase) {
    Path asadmin = installation.resolve("bin/asadmin");
    if (!Files.isRegularFile(asadmin)) {
      throw new IllegalStateException(
          "No Payara Server at " + installation + " (run the ear module's pre-integration-test)");
    }
    Path javaHome = Path.of(System.getProperty("java.home"));
    for (int base = preferredPortBase; base < preferredPortBase + 2_000; base += 100) {
      if (allFree(base)) {
        return new PayaraDomain(installation, domainsDirectory, name, base, javaHome);
      }
    }
    throw new IllegalStateException(
        "No free Payara port base between "
            + preferredPortBase
            + " and "
            + (preferredPortBase + 2_000));
  }

  int adminPort() {
    return portBase + ADMIN_OFFSET;
  }

  int httpPort() {
    return portBase + HTTP_OFFSET;
  }

  int portBase() {
    return portBase;
  }

  Path directory() {
    return domainsDirectory.resolve(name);
  }

  Path serverLog() {
    return directory().resolve("logs/server.log");
  }

  void create() {
    local(
        Duration.ofMinutes(2),
        Map.of(),
        "create-domain",
        "--domaindir",
        domainsDirectory.toString(),
        "--portbase",
        Integer.toString(portBase),
        "--nopassword=true",
        name);
  }

  /**
   * Starts the domain. The server JVM is a child of asadmin and inherits its environment, so {@code
   * environment} reaches the deployed application (MicroProfile Config reads QGATE_DB_URL as
   * qgate.db.url).
   */
  void start(Map<String, String> environment) {
    local(
        Duration.ofMinutes(3),
        environment,
        "start-domain",
        "--domaindir",
        domainsDirectory.toString(),
        name);
    serverProcess = readPid(directory()).flatMap(ProcessHandle::of).orElse(null);
  }

  String deploy(Path archive) {
    return remote(Duration.ofMinutes(4), "deploy", archive.toString());
  }

  String undeploy(String application) {
    return remote(Duration.ofMinutes(2), "undeploy", application);
  }

  String listApplications() {
    return remote(Duration.ofMinutes(1), "list-applications", "--long=true");
  }

  /** Stops the domain; kills its JVM if asadmin cannot stop it. Safe to call more than once. */
  void stop() {
    try {
      if (isRunning()) {
        local(
            Duration.ofMinutes(1),
            Map.of(),
            "stop-domain",
            "--domaindir",
            domainsDirectory.toString(),
            name);
      }
    } finally {
      kill();
    }
  }

  /** Kills the server JVM if it still runs; for shutdown hooks and failed stops. */
  void kill() {
    serverProcess()
        .filter(ProcessHandle::isAlive)
        .ifPresent(
            process -> {
              process.destroyForcibly();
              process.onExit().join();
            });
  }

  boolean isRunning() {
    return serverProcess().map(ProcessHandle::isAlive).orElse(false);
  }

  /** Known once start-domain succeeded; else from the pid file (a start that timed out). */
  private Optional<ProcessHandle> serverProcess() {
    if (serverProcess != null) {
      return Optional.of(serverProcess);
    }
    return readPid(directory()).flatMap(ProcessHandle::of);
  }

  /**
   * Kills the server JVM of a domain in {@code domainDirectory} left running by an earlier run that
   * was killed before it could stop it (its pid file survives), so its ports and files are free.
   */
  static void killLeftover(Path domainDirectory) {
    readPid(domainDirectory)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains(domainDirectory.toString()))
                    .orElse(false))
        .ifPresent(
            p -> {
              System.out.println("Killing a Payara domain left by an earlier run: pid " + p.pid());
              p.destroyForcibly();
              p.onExit().join();
            });
  }

  /** The last {@code lines} lines of server.log, or a note why there are none. */
  String serverLogTail(int lines) {
    Path log = serverLog();
    if (!Files.isRegularFile(log)) {
      return "(no " + log + ")";
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  private static Optional<Long> readPid(Path domainDirectory) {
    Path pidFile = domainDirectory.resolve("config/pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String remote(Duration timeout, String... command) {
    List<String> arguments = new ArrayList<>(List.of("--host", "localhost", "--port"));
    arguments.add(Integer.toString(adminPort()));
    arguments.addAll(List.of(command));
    return asadmin(timeout, Map.of(), arguments);
  }

  private String local(Duration timeout, Map<String, String> environment, String... command) {
    return asadmin(timeout, environment, List.of(command));
  }

  /**
   * Runs {@code asadmin --interactive=false <arguments>}, returns its output, and fails with that
   * output on a non-zero exit or a timeout. Output goes to a file, not a pipe: start-domain leaves
   * a server running that must not hold our pipe open.
   */
  private String asadmin(
      Duration timeout, Map<String, String> environment, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add("/bin/sh"); // not the file's exec bit: Maven's unpack may not keep it
    command.add(installation.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(arguments);
    String shown = "asadmin " + String.join(" ", arguments);
    try {
      Files.createDirectories(domainsDirectory);
      Path output = Files.createTempFile(domainsDirectory, "asadmin-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      // Only what the caller passes configures the platform, not the developer's shell.
      builder.environment().keySet().removeIf(key -> key.startsWith("QGATE_"));
      builder.environment().put("AS_JAVA", javaHome.toString());
      // asadmin caches remote command models in ~/.gfclient: keep them with the domain instead.
      builder
          .environment()
          .merge(
              "AS_EXTRA_JAVA_OPTS",
              "-Duser.home=" + domainsDirectory.resolve("asadmin-home"),
              (mine, ours) -> mine + " " + ours);
      builder.environment().putAll(environment);
      long started = System.nanoTime();
      Process process = builder.start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8).trim();
      Files.deleteIfExists(output);
      if (!finished) {
        throw new IllegalStateException(shown + " timed out after " + timeout + ":\n" + text);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            shown + " failed with exit code " + process.exitValue() + ":\n" + text);
      }
      System.out.printf(
          "%s (%.1f s)%n%s%n",
          shown, (System.nanoTime() - started) / 1e9, text.indent(2).stripTrailing());
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + shown, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + shown, e);
    }
  }

  private static boolean allFree(int base) {
    for (int offset : PORT_OFFSETS) {
      if (!isFree(base + offset)) {
        return false;
      }
    }
    return true;
  }

  static boolean isFree(int port) {
    try {
      new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0")).close();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port nobody listens on now, chosen by the OS. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
