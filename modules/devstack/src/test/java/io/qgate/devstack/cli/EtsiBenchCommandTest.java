package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.Ports;
import io.qgate.devstack.TestDirectories;
import io.qgate.devstack.bench.Json;
import io.qgate.devstack.etsi.StandInKme;
import io.qgate.devstack.pki.DevPki;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bench etsi} in-process against a {@link StandInKme} (serves enc_keys/dec_keys from memory
 * over mutual TLS, or misbehaves on purpose). No platform runs.
 */
class EtsiBenchCommandTest {

  private static Path pki;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path home;
  private StandInKme kme;

  @BeforeAll
  static void devPki() throws Exception {
    pki = TestDirectories.newDirectory("bench-pki-").resolve("pki");
    DevPki.ensure(pki);
  }

  @BeforeEach
  void newHome() throws Exception {
    home = TestDirectories.newDirectory("home-");
  }

  @AfterEach
  void stopKme() {
    if (kme != null) {
      kme.stop();
    }
  }

  @Test
  void encAgainstAWellBehavedKmeIsVerified() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.CORRECT);

    assertThat(bench("--mode", "enc", "--clients", "4", "--warmup", "0", "--seconds", "1"))
        .isZero();

    assertThat(err()).isEmpty();
    assertThat(out())
        .contains("pool for sae-grid-1 -> sae-core-1 holds 1,000 keys")
        .contains("bench etsi enc: https://localhost:" + kme.port() + ", 4 clients, 256-bit keys")
        .contains("0 duplicates")
        .contains("(ok)")
        .containsPattern("(?m)^enc +[0-9,.]+ req/s .* p99 [0-9.]+ .* non-200: none  no answer: 0$")
        .containsPattern("client: [0-9]+ TLS connections \\([0-9]+ in the window\\)");
    assertThat(kme.callers).containsOnlyKeys("CN=sae-grid-1");
  }

  @Test
  void decFetchesTheReservedKeysAndComparesTheBytes() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.CORRECT);

    assertThat(bench("--mode", "dec", "--clients", "3", "--warmup", "1", "--seconds", "1"))
        .isZero();

    assertThat(out()).contains("reserved ").containsPattern("(?m)^dec +[0-9,.]+ req/s");
    assertThat(out()).doesNotContainPattern("(?m)^enc ");
    assertThat(kme.encRequestsOf(128)).isPositive();
    assertThat(kme.callers).containsOnlyKeys("CN=sae-grid-1", "CN=sae-core-1");
  }

  @Test
  void decWithSeveralKeyIdsPerRequestCountsOnlyMeasuredRequests() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.CORRECT);

    assertThat(
            bench(
                "--mode",
                "dec",
                "--number",
                "4",
                "--clients",
                "4",
                "--warmup",
                "1",
                "--seconds",
                "1",
                "--format",
                "json"))
        .isZero();

    Map<?, ?> dec =
        (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(out().strip())).get("modes")).get(0);
    long served = ((BigDecimal) dec.get("served")).longValue();
    assertThat(served).isPositive();
    assertThat(((BigDecimal) dec.get("keys")).longValue()).isEqualTo(4 * served);
  }

  @Test
  void bothModeReportsEncAndDecAsJson() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.CORRECT);

    assertThat(
            bench(
                "--mode",
                "both",
                "--clients",
                "2",
                "--warmup",
                "0",
                "--seconds",
                "1",
                "--number",
                "3",
                "--size",
                "512",
                "--format",
                "json"))
        .isZero();

    Map<?, ?> json = (Map<?, ?>) Json.parse(out().strip());
    List<?> modes = (List<?>) json.get("modes");
    List<Object> names = modes.stream().map(m -> (Object) ((Map<?, ?>) m).get("mode")).toList();
    assertThat(names).containsExactly("enc", "dec");
    Map<?, ?> enc = (Map<?, ?>) modes.get(0);
    Map<?, ?> dec = (Map<?, ?>) modes.get(1);
    assertThat(((BigDecimal) enc.get("served")).longValue()).isPositive();
    assertThat(((BigDecimal) enc.get("keysPerSecond")).doubleValue())
        .isGreaterThan(((BigDecimal) enc.get("requestsPerSecond")).doubleValue());
    Map<?, ?> verification = (Map<?, ?>) json.get("verification");
    assertThat(verification.get("ok")).isEqualTo(true);
    assertThat(((BigDecimal) verification.get("keysVerified")).longValue())
        .isGreaterThanOrEqualTo(3 * ((BigDecimal) dec.get("served")).longValue());
    assertThat(err()).contains("ETSI 014 at"); // progress goes to stderr with --format json
  }

  @Test
  void aDuplicateKeyIdFailsTheRun() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.DUPLICATE_IDS);

    assertThat(bench("--clients", "2", "--warmup", "0", "--seconds", "1")).isEqualTo(1);

    assertThat(out()).contains("(FAILED)").contains("duplicate key_ID");
    assertThat(err())
        .startsWith("qgate: verification failed: ")
        .contains("duplicate key_IDs")
        .hasLineCount(1);
  }

  @Test
  void otherBytesFromDecKeysFailTheRun() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.ALTERED_DEC);

    assertThat(bench("--mode", "both", "--clients", "2", "--warmup", "0", "--seconds", "1"))
        .isEqualTo(1);

    assertThat(err())
        .startsWith("qgate: verification failed: 0 duplicate key_IDs, ")
        .contains("dec_keys returned other bytes for key_ID")
        .hasLineCount(1);
  }

  @Test
  void anEmptyPoolIsReportedAndServesNothing() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.POOL_EMPTY);

    assertThat(bench("--clients", "2", "--warmup", "0", "--seconds", "1")).isEqualTo(1);

    assertThat(out()).containsPattern("non-200: 503 x [0-9]+").contains("  503: the key pool");
    assertThat(err())
        .startsWith("qgate: no enc_keys request was served in the measured window (503 x ")
        .hasLineCount(1);
  }

  @Test
  void aKmeThatRefusesTheSaeIsAFailure() throws Exception {
    kme = StandInKme.start(pki, StandInKme.Behaviour.UNAUTHORIZED);

    assertThat(bench("--seconds", "1")).isEqualTo(1);

    assertThat(err())
        .isEqualTo(
            "qgate: GET /api/v1/keys/sae-core-1/status as sae-grid-1 answered 401: SAE"
                + " sae-grid-1 is not registered with any KME\n");
  }

  @Test
  void nothingListeningIsCannotConnect() {
    int port = Ports.anyFree();

    assertThat(run("bench", "etsi", "--url", "https://localhost:" + port, "--pki", pki.toString()))
        .isEqualTo(3);

    assertThat(err())
        .isEqualTo(
            "qgate: cannot reach the ETSI 014 API at https://localhost:"
                + port
                + " as sae-grid-1: connection refused\n");
  }

  @Test
  void aServerFromAnotherCaIsCannotConnect() throws Exception {
    Path otherPki = TestDirectories.newDirectory("other-pki-").resolve("pki");
    DevPki.ensure(otherPki);
    kme = StandInKme.start(otherPki, StandInKme.Behaviour.CORRECT);

    assertThat(bench("--seconds", "1")).isEqualTo(3);

    assertThat(err()).startsWith("qgate: cannot reach the ETSI 014 API at").contains("TLS");
    assertThat(err()).hasLineCount(1);
  }

  @Test
  void missingCertificatesAreBadInput() {
    assertThat(run("bench", "etsi", "--url", "https://localhost:1")).isEqualTo(2);

    assertThat(err())
        .startsWith(
            "qgate: missing client certificate of sae-grid-1: "
                + home.resolve(".qgate/pki/sae-grid-1.p12"))
        .hasLineCount(1);
  }

  @Test
  void aWrongPasswordIsBadInput() {
    assertThat(
            run(
                "bench",
                "etsi",
                "--url",
                "https://localhost:1",
                "--pki",
                pki.toString(),
                "--password",
                "wrong"))
        .isEqualTo(2);

    assertThat(err()).startsWith("qgate: cannot use ").contains("sae-grid-1.p12").hasLineCount(1);
  }

  @Test
  void invalidOptionsAreBadUsage() {
    String[][] cases = {
      {"--clients", "0"},
      {"--clients", "many"},
      {"--seconds", "0"},
      {"--size", "100"},
      {"--number", "0"},
      {"--mode", "encrypt"},
      {"--format", "xml"},
      {"--url", "http://localhost:8443"},
      {"--mode", "dec", "--warmup", "0"},
      {"--frobnicate"},
    };
    for (String[] options : cases) {
      out.reset();
      err.reset();
      List<String> args = new ArrayList<>(List.of("bench", "etsi", "--pki", pki.toString()));
      args.addAll(List.of(options));

      assertThat(run(args.toArray(String[]::new))).as(String.join(" ", options)).isEqualTo(2);
      assertThat(err()).as(String.join(" ", options)).startsWith("qgate: ").hasLineCount(1);
    }
  }

  @Test
  void benchWithoutASubcommandIsBadUsage() {
    assertThat(run("bench")).isEqualTo(2);
    assertThat(err()).contains("bench etsi").hasLineCount(1);
  }

  private int bench(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "etsi",
                "--url",
                "https://localhost:" + kme.port(),
                "--pki",
                pki.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  private int run(String... args) {
    CliContext context =
        new CliContext(
            home,
            home.resolve("missing/qgate.war"),
            home.resolve("missing/payara-micro.jar"),
            home.resolve("missing/keycloak.zip"),
            Map.of(),
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
