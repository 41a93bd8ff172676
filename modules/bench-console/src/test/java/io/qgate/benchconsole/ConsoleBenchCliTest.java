package io.qgate.benchconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options and failures before any browser starts: bad options are one line on stderr with exit code
 * 2; an unreachable stack is one line naming the URL with exit code 1. No chromium is started.
 */
class ConsoleBenchCliTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String chromium;
  private String chromedriver;

  @BeforeEach
  void fakeBrowsers() throws IOException {
    chromium = executable("chromium").toString();
    chromedriver = executable("chromedriver").toString();
  }

  private Path executable(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private int run(String... args) {
    return ConsoleBenchCli.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private ConsoleBenchSettings parse(String... args) {
    ConsoleBenchCli cli = new ConsoleBenchCli(System.out, System.err);
    new picocli.CommandLine(cli).parseArgs(args);
    return cli.settings();
  }

  @Test
  void theDefaultsAreTheIssuesSetting() {
    ConsoleBenchSettings s = parse("--chromium", chromium, "--chromedriver", chromedriver);
    assertThat(s.url()).hasToString("http://localhost:8080/");
    assertThat(s.user()).isEqualTo("grace");
    assertThat(s.password()).isEqualTo("qgate-demo");
    assertThat(s.runs()).isEqualTo(20);
    assertThat(s.warmup()).isEqualTo(3);
    assertThat(s.json()).isFalse();
  }

  @Test
  void everyOptionIsRead() {
    ConsoleBenchSettings s =
        parse(
            "--url",
            "http://localhost:9090/qgate",
            "--user",
            "hugo",
            "--password",
            "secret",
            "--runs",
            "5",
            "--warmup",
            "0",
            "--chromium",
            chromium,
            "--chromedriver",
            chromedriver,
            "--json");
    assertThat(s.url()).hasToString("http://localhost:9090/qgate/");
    assertThat(s.user()).isEqualTo("hugo");
    assertThat(s.password()).isEqualTo("secret");
    assertThat(s.runs()).isEqualTo(5);
    assertThat(s.warmup()).isZero();
    assertThat(s.chromium()).isEqualTo(Path.of(chromium));
    assertThat(s.chromedriver()).isEqualTo(Path.of(chromedriver));
    assertThat(s.json()).isTrue();
  }

  @Test
  void theUrlGetsATrailingSlashAndMustBeHttpWithAHost() {
    assertThat(ConsoleBenchSettings.consoleUrl("http://localhost:8080"))
        .hasToString("http://localhost:8080/");
    assertThat(ConsoleBenchSettings.consoleUrl(" HTTPS://example.org/console/ "))
        .hasToString("https://example.org/console/");
  }

  @Test
  void badValuesAreOneLineWithExitCodeTwo() {
    assertThat(run("--runs", "0", "--chromium", chromium, "--chromedriver", chromedriver))
        .isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo("qgate bench console: --runs must be between 1 and 10000, got 0");
    assertThat(out.size()).isZero();
  }

  @Test
  void aNegativeWarmupIsRefused() {
    assertThat(run("--warmup", "-1", "--chromium", chromium, "--chromedriver", chromedriver))
        .isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo("qgate bench console: --warmup must be between 0 and 10000, got -1");
  }

  @Test
  void aUrlThatIsNotHttpIsRefused() {
    assertThat(
            run(
                "--url",
                "ftp://localhost/",
                "--chromium",
                chromium,
                "--chromedriver",
                chromedriver))
        .isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo(
            "qgate bench console: --url must be an http:// or https:// URL with a host, got"
                + " 'ftp://localhost/'");
    err.reset();
    assertThat(
            run("--url", "localhost:8080", "--chromium", chromium, "--chromedriver", chromedriver))
        .isEqualTo(2);
    assertThat(err()).startsWith("qgate bench console: --url must be an http:// or https://");
    err.reset();
    assertThat(run("--url", "http://localhost:8080/#/overview", "--chromium", chromium))
        .isEqualTo(2);
    assertThat(err()).startsWith("qgate bench console: --url must be the console's root");
  }

  @Test
  void anEmptyUserIsRefused() {
    assertThat(run("--user", " ", "--chromium", chromium, "--chromedriver", chromedriver))
        .isEqualTo(2);
    assertThat(err().strip()).isEqualTo("qgate bench console: --user must not be empty");
  }

  @Test
  void aMissingBrowserIsRefusedWithTheDebianPackage() {
    Path missing = dir.resolve("no-such-chromium");
    assertThat(run("--chromium", missing.toString(), "--chromedriver", chromedriver)).isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo(
            "qgate bench console: --chromium "
                + missing
                + " is not an executable file (Debian: apt-get install -y chromium)");
  }

  @Test
  void anUnknownOptionOrANonNumberIsRefused() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err()).startsWith("qgate bench console: Unknown option: '--bogus'");
    assertThat(err().strip()).doesNotContain("\n");
    err.reset();
    assertThat(run("--runs", "many")).isEqualTo(2);
    assertThat(err()).startsWith("qgate bench console: Invalid value for option '--runs'");
  }

  @Test
  void anUnreachableStackIsOneLineNamingTheUrlWithExitCodeOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free, and closed again: nothing listens there
    }
    String url = "http://127.0.0.1:" + port + "/";
    assertThat(run("--url", url, "--chromium", chromium, "--chromedriver", chromedriver))
        .isEqualTo(1);
    assertThat(err().strip())
        .startsWith("qgate bench console: the console at " + url + " is not reachable (")
        .endsWith("is ./qgate up running?")
        .doesNotContain("\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "--url",
            "--user",
            "--password",
            "--runs",
            "--warmup",
            "--chromium",
            "--chromedriver",
            "--json",
            "-h, --help");
  }

  @Test
  void theConsoleConfigurationNamesTheIssuer() {
    assertThat(
            StackProbe.issuer(
                "{\"clientId\":\"qgate-console\",\"issuer\":\"http://localhost:8180/realms/qgate\"}"))
        .contains("http://localhost:8180/realms/qgate");
    assertThat(StackProbe.issuer("{}")).isEmpty();
  }
}
