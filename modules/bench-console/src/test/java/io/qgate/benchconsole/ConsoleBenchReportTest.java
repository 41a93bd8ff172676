package io.qgate.benchconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleBenchReportTest {

  private static Sample sample(double firstView) {
    return new Sample(firstView, firstView, firstView - 0.5, 1.2, 50, 60, 0);
  }

  private static BenchResult result(Method method, double signIn, double... reloads) {
    List<Sample> samples = java.util.Arrays.stream(reloads).mapToObj(r -> sample(r)).toList();
    return new BenchResult(
        URI.create("http://localhost:8080/"),
        "grace",
        "chromium 150.0.7871.100",
        method,
        3,
        new Phase("sign-in", "sign-in -> first view", List.of(sample(signIn))),
        new Phase("reload", "reload -> first view", samples));
  }

  @Test
  void theTextHasOneRowPerPhaseAndASummaryLastLine() {
    List<String> lines =
        ConsoleBenchReport.text(result(Method.MARK, 812.34, 400, 500, 600, 700, 1200));
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("sign-in -> first view")
                    && l.contains("812.3")
                    && l.endsWith("met")
                    && !l.contains("NOT"));
    // 5 runs: median 600, p90 rank ceil(4.5) = 5 -> 1200: not met.
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("reload -> first view")
                    && l.matches(
                        ".*\\s5\\s+400\\.0\\s+600\\.0\\s+1200\\.0\\s+1200\\.0\\s+NOT met"));
    assertThat(lines).anyMatch(l -> l.contains("performance mark 'qgate:first-view'"));
    // Context: fetchStart 1.2, DOMContentLoaded 50, load 60, the console's own part 812.3 - 1.2,
    // and the DOM condition's cross-check (0.5 ms before the mark in these samples).
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("sign-in -> first view")
                    && l.matches(".*\\s1\\.2\\s+50\\.0\\s+60\\.0\\s+811\\.1\\s+811\\.8"));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "summary: first view after reload median 600.0 ms, p90 1200.0 ms (5 runs, 3 warm-up);"
                + " after sign-in 812.3 ms; target median and p90 < 1000 ms: NOT met (method:"
                + " mark)");
  }

  @Test
  void theSummarySaysMetOnlyWhenBothPhasesAreUnderTheTarget() {
    assertThat(ConsoleBenchReport.summary(result(Method.DOM, 900, 400, 500, 600)))
        .contains(": met (method: dom)");
    assertThat(ConsoleBenchReport.summary(result(Method.DOM, 1900, 400, 500, 600)))
        .contains(": NOT met (method: dom)");
  }

  @Test
  void theFallbackIsNamedInTheText() {
    assertThat(ConsoleBenchReport.text(result(Method.DOM, 900, 400)))
        .anyMatch(l -> l.startsWith("first view measured by: fallback"));
  }

  @Test
  void errorSectionsAreWarnedAbout() {
    BenchResult withErrors =
        new BenchResult(
            URI.create("http://localhost:8080/"),
            "grace",
            "chromium",
            Method.MARK,
            0,
            new Phase(
                "sign-in", "sign-in -> first view", List.of(new Sample(300, 300, 299, 1, 2, 3, 2))),
            new Phase("reload", "reload -> first view", List.of(sample(200))));
    assertThat(ConsoleBenchReport.text(withErrors))
        .contains(
            "warning: 2 overview section(s) in 'sign-in -> first view' showed an error instead of"
                + " their data");
  }

  @Test
  void theJsonCarriesFiguresSamplesAndMethod() {
    String json = ConsoleBenchReport.json(result(Method.MARK, 812.34, 400, 500, 600));
    assertThat(json)
        .contains(
            "\"method\": \"mark\"",
            "\"targetMs\": 1000.0",
            "\"warmup\": 3",
            "\"phase\": \"sign-in\"",
            "\"phase\": \"reload\"",
            "\"medianMs\": 500.0",
            "\"p90Ms\": 600.0",
            "\"underTarget\": true",
            "{\"firstViewMs\": 812.3, \"markMs\": 812.3, \"domConditionMs\": 811.8,");
    assertThat(json).startsWith("{").endsWith("}");
    // Balanced braces and brackets (a cheap well-formedness check; no JSON library here).
    assertThat(json.chars().filter(c -> c == '{').count())
        .isEqualTo(json.chars().filter(c -> c == '}').count());
    assertThat(json.chars().filter(c -> c == '[').count())
        .isEqualTo(json.chars().filter(c -> c == ']').count());
  }

  @Test
  void anUnmeasuredTimeIsNullInJsonAndADashInText() {
    BenchResult noDom =
        new BenchResult(
            URI.create("http://localhost:8080/"),
            "grace",
            "chromium",
            Method.MARK,
            0,
            new Phase(
                "sign-in",
                "sign-in -> first view",
                List.of(new Sample(300, 300, Double.NaN, 1, 2, 3, 0))),
            new Phase(
                "reload",
                "reload -> first view",
                List.of(new Sample(200, 200, Double.NaN, 1, 2, 3, 0))));
    assertThat(ConsoleBenchReport.json(noDom)).contains("\"domConditionMs\": null");
    assertThat(ConsoleBenchReport.text(noDom))
        .anyMatch(l -> l.startsWith("reload -> first view") && l.endsWith(" -"));
  }

  @Test
  void jsonStringsAreEscaped() {
    assertThat(ConsoleBenchReport.string("a\"b\\c\nd\u0001"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }
}
