package io.qgate.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak 26 (the {@code keycloak-quarkus-dist} zip from Maven) running {@code kc.sh
 * start-dev} as a child process, with realm {@value #REALM} imported from {@code
 * keycloak/qgate-realm.json} (demo users, clients {@code qgate-console} and {@code qgate-cli}; see
 * docs/operations.md for the token contract).
 *
 * <p>The distribution is unpacked into {@code home} on first use and reused. start-dev keeps its H2
 * database in {@code home/data}: {@link #start} keeps it, so users, sessions and changes made in
 * the admin console survive a restart, and {@code --import-realm} then <em>skips</em> the existing
 * realm (an edited realm file takes effect only after the data is wiped, e.g. {@code ./qgate up
 * --fresh}). {@link #startFresh} deletes {@code home/data} first, so the realm file is imported
 * anew: for tests. Keycloak has no option to move the import directory out of {@code home/data},
 * hence one data directory per distribution directory.
 *
 * <p>The bootstrap admin of the master realm is {@code admin}/{@code admin}: a development
 * convenience only, never for a shared or production Keycloak.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

  public static final String REALM = "qgate";

  /** Bootstrap admin of the master realm (admin console): dev only. */
  public static final String DEV_ADMIN_USER = "admin";

  public static final String DEV_ADMIN_PASSWORD = "admin";

  /** The management interface (health, metrics) goes on {@code port + this}, not on 9000. */
  public static final int MANAGEMENT_PORT_OFFSET = 1000;

  private static final String REALM_RESOURCE = "keycloak/qgate-realm.json";
  private static final String REALM_FILE = "qgate-realm.json";

  /** Written last when unpacking: a half-unpacked distribution is unpacked again. */
  private static final String UNPACKED_MARKER = ".qgate-unpacked";

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(240);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 30;

  /** util-linux; lets the kernel signal kc.sh if this JVM dies without cleaning up. */
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKeycloak.class);

  private final Process process;
  private final int port;
  private final Path home;
  private final Path logFile;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKeycloak(Process process, int port, Path home, Path logFile) {
    this.process = process;
    this.port = port;
    this.home = home;
    this.logFile = logFile;
  }

  /**
   * Starts Keycloak from {@code home} (unpacking {@code distributionZip} there first if needed) on
   * {@code http://localhost:port}, output to {@code home/keycloak.log}, keeping the data of earlier
   * runs; returns once realm {@value #REALM} answers.
   *
   * @throws PortInUseException if {@code port} or the management port is taken
   */
  public static EmbeddedKeycloak start(Path distributionZip, Path home, int port) {
    return start(distributionZip, home, port, home.resolve("keycloak.log"));
  }

  /** As {@link #start(Path, Path, int)}, output appended to {@code logFile}. */
  public static EmbeddedKeycloak start(Path distributionZip, Path home, int port, Path logFile) {
    return start(distributionZip, home, port, logFile, () -> {});
  }

  /**
   * As {@link #start(Path, Path, int, Path)}, running {@code whileWaiting} about twice a second
   * while Keycloak boots (a progress display).
   */
  public static EmbeddedKeycloak start(
      Path distributionZip, Path home, int port, Path logFile, Runnable whileWaiting) {
    return start(distributionZip, home, port, logFile, false, whileWaiting);
  }

  /**
   * As {@link #start(Path, Path, int, Path)}, but deletes {@code home/data} first (keeping the
   * unpacked distribution), so the realm is imported from the realm file anew.
   */
  public static EmbeddedKeycloak startFresh(
      Path distributionZip, Path home, int port, Path logFile) {
    return start(distributionZip, home, port, logFile, true, () -> {});
  }

  private static EmbeddedKeycloak start(
      Path distributionZip,
      Path home,
      int port,
      Path logFile,
      boolean freshData,
      Runnable whileWaiting) {
    Ports.requireFree(port, "Keycloak");
    int managementPort = port + MANAGEMENT_PORT_OFFSET;
    Ports.requireFree(managementPort, "the Keycloak management interface");
    Path absoluteHome = home.toAbsolutePath().normalize();
    try {
      unpackIfNeeded(distributionZip, absoluteHome);
      Path data = absoluteHome.resolve("data");
      if (freshData) {
        Directories.deleteRecursively(data);
      }
      Path importDir = Files.createDirectories(data.resolve("import"));
      copyRealmFile(importDir.resolve(REALM_FILE));
      Files.createDirectories(logFile.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Keycloak in " + absoluteHome, e);
    }

    Process process = launch(absoluteHome, port, managementPort, logFile);
    EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process, port, absoluteHome, logFile);
    LOG.info("Keycloak starting on port {}, pid {}, log {}", port, process.pid(), logFile);
    try {
      keycloak.awaitRealm(whileWaiting);
    } catch (RuntimeException e) {
      keycloak.close();
      throw e;
    }
    return keycloak;
  }

  /** {@code http://localhost:<port>/realms/qgate}: the {@code iss} of every token. */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** {@code http://localhost:<port>}. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The admin console of the master realm (dev admin {@value #DEV_ADMIN_USER}). */
  public String adminConsoleUrl() {
    return baseUrl() + "/admin/";
  }

  public int port() {
    return port;
  }

  public Path home() {
    return home;
  }

  public Path logFile() {
    return logFile;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * SIGTERM (kc.sh forwards it to the JVM), SIGKILL after a grace period, then kills whatever
   * processes it had started; later calls do nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<ProcessHandle> descendants = ProcessTree.stop(process, STOP_GRACE);
    for (ProcessHandle descendant : descendants) {
      try {
        descendant.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("Keycloak process {} did not exit", descendant.pid());
      }
    }
  }

  private static Process launch(Path home, int port, int managementPort, Path logFile) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETPRIV)) {
      // A hard-killed parent (SIGKILL) runs no cleanup; the kernel then sends kc.sh SIGTERM,
      // which it forwards to Keycloak's JVM.
      command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM"));
    }
    command.addAll(
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + port,
            // Fixed, so that iss is the same whichever address a client used.
            "--hostname=http://localhost:" + port,
            "--http-management-port=" + managementPort,
            "--health-enabled=false",
            "--metrics-enabled=false",
            "--import-realm"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> env = builder.environment();
    // Keycloak runs on the JVM running this code (Java 17), whatever JAVA_HOME says.
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // kc.sh's own default outside containers (-Xms64m -Xmx512m), stated so it does not drift.
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    env.remove("JAVA_OPTS"); // would replace kc.sh's defaults, heap setting included
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
    }
  }

  /** Polls the realm's discovery document until it answers 200. */
  private void awaitRealm(Runnable whileWaiting) {
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
    while (status(discovery) != 200) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited during startup, exit code " + process.exitValue() + logTail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Keycloak not ready within "
                + STARTUP_WAIT.toSeconds()
                + " s ("
                + discovery
                + " does not answer 200)"
                + logTail());
      }
      whileWaiting.run();
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
    }
  }

  /** The HTTP status of a GET, or 0 if nothing answers. */
  private static int status(URI uri) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(2_000);
      connection.setReadTimeout(5_000);
      connection.setRequestProperty("Connection", "close");
      int status = connection.getResponseCode();
      try (InputStream body =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      return status;
    } catch (IOException e) {
      return 0;
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private String logTail() {
    Deque<String> tail = new ArrayDeque<>(LOG_TAIL_LINES);
    try (Stream<String> lines =
        new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines()) {
      lines.forEach(
          line -> {
            if (tail.size() == LOG_TAIL_LINES) {
              tail.removeFirst();
            }
            tail.addLast(line);
          });
    } catch (IOException e) {
      return "; cannot read " + logFile + ": " + e.getMessage();
    }
    return "; last lines of " + logFile + ":\n" + String.join("\n", tail);
  }

  private static void copyRealmFile(Path target) throws IOException {
    try (InputStream in = EmbeddedKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
      if (in == null) {
        throw new IOException("Realm file " + REALM_RESOURCE + " missing from the class path");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Unpacks the zip's single top-level directory ({@code keycloak-26.x.y/}) into {@code home},
   * keeping the Unix file modes (kc.sh must stay executable). Skipped if an earlier unpacking of
   * the same zip completed; {@code home/data} is never touched.
   */
  static void unpackIfNeeded(Path distributionZip, Path home) throws IOException {
    if (!Files.isRegularFile(distributionZip)) {
      throw new IOException("Keycloak distribution not found: " + distributionZip);
    }
    String identity =
        distributionZip.getFileName() + " " + Files.size(distributionZip) + " bytes" + "\n";
    Path marker = home.resolve(UNPACKED_MARKER);
    if (Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).equals(identity)) {
      return;
    }
    Files.createDirectories(home);
    Files.deleteIfExists(marker);
    try (Stream<Path> entries = Files.list(home)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals("data") && !entry.equals(home)) {
          Directories.deleteRecursively(entry);
        }
      }
    }
    LOG.info("Unpacking {} into {}", distributionZip, home);
    try (FileSystem zip =
        FileSystems.newFileSystem(distributionZip, Map.of("enablePosixFileAttributes", true))) {
      Path zipRoot = zip.getRootDirectories().iterator().next();
      List<Path> tops;
      try (Stream<Path> list = Files.list(zipRoot)) {
        tops = list.toList();
      }
      Path source = tops.size() == 1 && Files.isDirectory(tops.get(0)) ? tops.get(0) : zipRoot;
      copyTree(source, home);
    }
    Path kcSh = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kcSh)) {
      throw new IOException(distributionZip + " holds no bin/kc.sh: not a Keycloak distribution");
    }
    if (!Files.isExecutable(kcSh)) {
      Files.setPosixFilePermissions(kcSh, Set.of(PosixFilePermission.values()));
    }
    Files.writeString(marker, identity, StandardCharsets.UTF_8);
  }

  private static void copyTree(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(resolve(dir));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path copy = resolve(file);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Set<PosixFilePermission> modes = modes(file);
            if (!modes.isEmpty()) {
              Files.setPosixFilePermissions(copy, modes);
            }
            return FileVisitResult.CONTINUE;
          }

          private Path resolve(Path inZip) {
            Path result = target;
            for (Path part : source.relativize(inZip)) {
              result = result.resolve(part.toString());
            }
            return result;
          }
        });
  }

  /** The Unix modes stored in the zip entry, or none if the zip holds none. */
  private static Set<PosixFilePermission> modes(Path inZip) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(inZip, PosixFileAttributeView.class);
      if (view == null) {
        return Set.of();
      }
      PosixFileAttributes attributes = view.readAttributes();
      return attributes.permissions() == null ? Set.of() : attributes.permissions();
    } catch (IOException | UnsupportedOperationException e) {
      return Set.of();
    }
  }
}
