package io.qgate.devstack.cli;

import io.qgate.devstack.ProcessTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the platform WAR as a child process of the launcher. */
final class PayaraMicro {

  /** util-linux; lets the kernel signal the child if the launcher dies without cleaning up. */
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  private static final String LOGGING_PROPERTIES = "payara-logging.properties";

  private final Process process;

  private PayaraMicro(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code java -jar payara-micro.jar --deploy war} serving the WAR at the root context on
   * {@code httpPort}, plus {@code extraArguments} (such as {@link
   * io.qgate.devstack.pki.TlsServerOptions#payaraArguments}), output appended to {@code logFile},
   * with the launcher's environment plus {@code env}.
   */
  static PayaraMicro start(
      Path payaraMicroJar,
      Path war,
      int httpPort,
      List<String> extraArguments,
      Path rootDir,
      Path logFile,
      Map<String, String> env) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETPRIV)) {
      // A hard-killed launcher (SIGKILL) runs no shutdown hook; the kernel then sends SIGTERM.
      command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-jar",
            payaraMicroJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--nocluster",
            "--disablephonehome",
            "--rootdir",
            rootDir.toString(),
            "--logproperties",
            writeLoggingProperties(rootDir).toString()));
    command.addAll(extraArguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      return new PayaraMicro(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Payara Micro", e);
    }
  }

  /** JSON log records (payara-logging.properties), written where the run's Payara state lives. */
  private static Path writeLoggingProperties(Path rootDir) {
    Path target = rootDir.resolve("qgate-logging.properties");
    try (InputStream in = PayaraMicro.class.getResourceAsStream(LOGGING_PROPERTIES)) {
      Files.createDirectories(rootDir);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Blocks until the process ends; returns its exit code. */
  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  int exitCode() {
    return process.exitValue();
  }

  /**
   * SIGTERM, then SIGKILL after {@code grace}; also ends any processes it started, which would
   * otherwise be orphaned.
   */
  void stop(Duration grace) {
    ProcessTree.stop(process, grace);
  }
}
