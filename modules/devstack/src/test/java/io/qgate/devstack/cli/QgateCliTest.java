package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.TestDirectories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the CLI in-process against a temporary qgate home; nothing is started. */
class QgateCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path home;

  @BeforeEach
  void newHome() throws Exception {
    home = TestDirectories.newDirectory("home-");
  }

  @Test
  void unknownSubcommandIsBadUsage() {
    assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
    assertThat(err()).startsWith("qgate: ").contains("frobnicate").hasLineCount(1);
    assertThat(out()).isEmpty();
  }

  @Test
  void unknownOptionIsBadUsage() {
    assertThat(run(Map.of(), "up", "--frsh")).isEqualTo(2);
    assertThat(err()).contains("--frsh").hasLineCount(1);
  }

  @Test
  void missingCommandIsBadUsage() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err()).hasLineCount(1);
  }

  @Test
  void downWhenNotRunningSaysSo() {
    assertThat(run(Map.of(), "down")).isEqualTo(0);
    assertThat(out()).isEqualTo("qgate is not running\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void downRemovesPidFileOfDeadLauncher() {
    PidFile pidFile = new PidFile(new StateLayout(home).pidFile());
    pidFile.write(Long.MAX_VALUE - 1); // no such process

    assertThat(run(Map.of(), "down")).isEqualTo(0);
    assertThat(out()).isEqualTo("qgate is not running\n");
    assertThat(pidFile.recordedPid()).isEmpty();
  }

  @Test
  void statusWhenNotRunningSaysSo() {
    assertThat(run(Map.of(), "status")).isEqualTo(0);
    assertThat(out()).isEqualTo("qgate is not running\n");
  }

  @Test
  void upRejectsANonNumericPortAsBadUsage() {
    assertThat(run(Map.of("QGATE_HTTP_PORT", "eighty"), "up")).isEqualTo(2);
    assertThat(err()).isEqualTo("qgate: QGATE_HTTP_PORT must be a number, got 'eighty'\n");
  }

  @Test
  void upRejectsAnHttpsPortThatIsTheHttpPort() {
    assertThat(run(Map.of("QGATE_HTTP_PORT", "9000", "QGATE_HTTPS_PORT", "9000"), "up"))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo("qgate: QGATE_HTTP_PORT and QGATE_HTTPS_PORT must differ, both are 9000\n");
  }

  @Test
  void upRejectsAnHttpsPortOutOfRange() {
    assertThat(run(Map.of("QGATE_HTTPS_PORT", "70000"), "up")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("qgate: QGATE_HTTPS_PORT must be a TCP port (1-65535), got 70000\n");
  }

  @Test
  void upRejectsAKeycloakPortClashingWithThePlatform() {
    assertThat(run(Map.of("QGATE_KEYCLOAK_PORT", "8080"), "up")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "qgate: QGATE_KEYCLOAK_PORT must differ from QGATE_HTTP_PORT and QGATE_HTTPS_PORT,"
                + " got 8080\n");
  }

  @Test
  void upRejectsAKeycloakPortThatIsNoNumber() {
    assertThat(run(Map.of("QGATE_KEYCLOAK_PORT", "kc"), "up")).isEqualTo(2);
    assertThat(err()).isEqualTo("qgate: QGATE_KEYCLOAK_PORT must be a number, got 'kc'\n");
  }

  @Test
  void upWithoutWarFailsWithOneLine() {
    assertThat(run(Map.of(), "up")).isEqualTo(1);
    assertThat(err()).startsWith("qgate: Platform WAR not found: ").hasLineCount(1);
  }

  @Test
  void secondUpIsRefusedWhileAnotherHoldsTheLock() throws Exception {
    StateLayout layout = new StateLayout(home);
    Files.createDirectories(war().getParent());
    Files.writeString(war(), "war");
    Files.writeString(payaraMicroJar(), "jar");
    Files.writeString(keycloakZip(), "zip");
    new PidFile(layout.pidFile()).write(4242);
    FileLock held = LauncherLock.tryAcquire(layout.lockFile()).orElseThrow();
    try {
      assertThat(run(Map.of(), "up")).isEqualTo(2);
    } finally {
      held.channel().close();
    }
    assertThat(err())
        .isEqualTo("qgate: qgate is already running (pid 4242); ./qgate down stops it\n");
    assertThat(out()).isEmpty();
  }

  private Path war() {
    return home.resolve("missing/qgate.war");
  }

  private Path payaraMicroJar() {
    return home.resolve("missing/payara-micro.jar");
  }

  private Path keycloakZip() {
    return home.resolve("missing/keycloak.zip");
  }

  private int run(Map<String, String> env, String... args) {
    CliContext context =
        new CliContext(
            home,
            war(),
            payaraMicroJar(),
            keycloakZip(),
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return QgateCli.execute(context, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
