package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private final EtsiBenchSettings settings =
      new EtsiBenchSettings(
          URI.create("https://localhost:8443"),
          64,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          256,
          1,
          BenchMode.BOTH,
          "sae-grid-1",
          "sae-core-1",
          Path.of("m.p12"),
          Path.of("s.p12"),
          Path.of("ca.pem"),
          "changeit".toCharArray());

  @Test
  void oneLinePerModeWithThroughputPercentilesAndStatuses() {
    List<String> lines = BenchReport.text(result(List.of(), 0));

    assertThat(lines.get(0))
        .isEqualTo(
            "bench etsi both: https://localhost:8443, 64 clients, 256-bit keys, 1 per request,"
                + " warm-up 10 s, measured 30.0 s");
    assertThat(lines.get(1))
        .startsWith("enc         3.3 req/s        3.3 keys/s  p50 50.00  p90 90.00  p99 99.00")
        .endsWith("served 100  non-200: 503 x 7  no answer: 0");
    assertThat(lines.get(2)).isEqualTo("  503: the key pool is empty");
    assertThat(lines.get(3)).startsWith("dec ").contains("served 0  non-200: none  no answer: 2");
    assertThat(lines.get(4)).isEqualTo("  no answer: connection refused");
    assertThat(lines)
        .anyMatch(
            l -> l.startsWith("checks: 100 key_IDs issued, 0 duplicates") && l.endsWith("(ok)"));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "client: 66 TLS connections (2 in the window), 0.50 of 2 cores; machine 95% busy");
  }

  @Test
  void failedChecksAreShown() {
    List<String> lines = BenchReport.text(result(List.of("duplicate key_ID x from enc_keys"), 1));

    assertThat(lines).contains("  duplicate key_ID x from enc_keys");
    assertThat(lines).anyMatch(l -> l.startsWith("checks:") && l.endsWith("(FAILED)"));
  }

  @Test
  void jsonCarriesTheSameFigures() {
    Object parsed = Json.parse(BenchReport.json(result(List.of(), 0)));

    assertThat(parsed).isInstanceOf(Map.class);
    Map<?, ?> json = (Map<?, ?>) parsed;
    assertThat(json.get("mode")).isEqualTo("both");
    assertThat(json.get("clients")).isEqualTo(new BigDecimal("64"));
    List<?> modes = (List<?>) json.get("modes");
    Map<?, ?> enc = (Map<?, ?>) modes.get(0);
    assertThat(enc.get("served")).isEqualTo(new BigDecimal("100"));
    assertThat(((Map<?, ?>) enc.get("latencyMs")).get("p99")).isEqualTo(new BigDecimal("99.000"));
    assertThat(enc.get("nonOk")).isEqualTo(Map.of("503", new BigDecimal("7")));
    assertThat(((Map<?, ?>) json.get("verification")).get("ok")).isEqualTo(true);
    assertThat(((Map<?, ?>) json.get("client")).get("machineBusy"))
        .isEqualTo(new BigDecimal("0.950"));
    assertThat(json.get("note")).isNull();
  }

  @Test
  void procStatLinesGiveBusyShares() {
    long[] before = EtsiBench.ticks("cpu  100 0 50 800 50 0 0 0 0 0");
    long[] after = EtsiBench.ticks("cpu  250 0 100 850 50 0 0 0 0 0");

    assertThat(before).containsExactly(150, 1000);
    assertThat(EtsiBench.busy(before, after)).isEqualTo(0.8);
    assertThat(EtsiBench.busy(null, after)).isNaN();
  }

  private BenchResult result(List<String> problems, long duplicates) {
    ModeStats enc = new ModeStats();
    for (long ms = 1; ms <= 100; ms++) {
      enc.served(ms * 1_000_000L, 1);
    }
    for (int i = 0; i < 7; i++) {
      enc.status(503, "the key pool is empty");
    }
    ModeStats dec = new ModeStats();
    dec.error("connection refused");
    dec.error("no answer within 10 s");
    return new BenchResult(
        settings,
        List.of(
            ModeResult.merge("enc", 30.0, List.of(enc)),
            ModeResult.merge("dec", 30.0, List.of(dec))),
        65_536,
        0,
        66,
        2,
        0.5,
        0.95,
        2,
        100,
        0,
        duplicates,
        0,
        problems,
        null);
  }
}
