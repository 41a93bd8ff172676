package io.qgate.benchconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The figures of a run as text (a table per phase, then a one-line summary) or as JSON. The target
 * (median and p90 under 1000 ms) is reported, never enforced: the exit code says whether the run
 * measured, not whether the console was fast enough.
 */
final class ConsoleBenchReport {

  private ConsoleBenchReport() {}

  static List<String> text(BenchResult result) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "qgate bench console: "
            + result.url()
            + " as "
            + result.user()
            + ", "
            + result.browser()
            + " headless, 1280x900");
    lines.add("first view measured by: " + result.method().description());
    lines.add(
        "times in ms from the page's navigation start; target: median and p90 under "
            + String.format(Locale.ROOT, "%.0f", Stats.TARGET_MS)
            + " ms");
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "%-24s %5s %9s %9s %9s %9s  %s",
            "phase",
            "runs",
            "min",
            "median",
            "p90",
            "max",
            "target"));
    for (Phase phase : phases(result)) {
      Stats s = phase.firstView();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-24s %5d %9s %9s %9s %9s  %s",
              phase.label(),
              s.runs(),
              ms(s.min()),
              ms(s.median()),
              ms(s.p90()),
              ms(s.max()),
              s.underTarget() ? "met" : "NOT met"));
    }
    lines.add("");
    boolean crossCheck = result.method() == Method.MARK;
    lines.add(
        String.format(
            Locale.ROOT,
            "%-24s %11s %17s %9s %22s%s",
            "context (medians)",
            "fetchStart",
            "DOMContentLoaded",
            "load",
            "first view-fetchStart",
            crossCheck ? String.format(Locale.ROOT, " %14s", "DOM condition") : ""));
    for (Phase phase : phases(result)) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-24s %11s %17s %9s %22s%s",
              phase.label(),
              ms(phase.fetchStart().median()),
              ms(phase.domContentLoaded().median()),
              ms(phase.load().median()),
              ms(median(phase, s -> s.firstViewMs() - s.fetchStartMs())),
              crossCheck
                  ? String.format(Locale.ROOT, " %14s", ms(median(phase, Sample::domMs)))
                  : ""));
    }
    lines.add(
        "(after sign-in, navigation start is the login form's POST to Keycloak: fetchStart is"
            + " Keycloak's login and redirect, included in 'sign-in -> first view';"
            + " first view-fetchStart is the console's own part)");
    for (Phase phase : phases(result)) {
      if (phase.errorSections() > 0) {
        lines.add(
            "warning: "
                + phase.errorSections()
                + " overview section(s) in '"
                + phase.label()
                + "' showed an error instead of their data");
      }
    }
    lines.add("");
    lines.add(summary(result));
    return lines;
  }

  /** One line: the figures that decide the target, and whether it is met. */
  static String summary(BenchResult result) {
    Stats reload = result.reload().firstView();
    Stats signIn = result.signIn().firstView();
    boolean met = reload.underTarget() && signIn.underTarget();
    return String.format(
        Locale.ROOT,
        "summary: first view after reload median %s ms, p90 %s ms (%d runs, %d warm-up);"
            + " after sign-in %s ms; target median and p90 < %s ms: %s (method: %s)",
        ms(reload.median()),
        ms(reload.p90()),
        reload.runs(),
        result.warmup(),
        ms(signIn.median()),
        String.format(Locale.ROOT, "%.0f", Stats.TARGET_MS),
        met ? "met" : "NOT met",
        result.method().key());
  }

  static String json(BenchResult result) {
    StringBuilder json = new StringBuilder();
    json.append("{\n");
    json.append("  \"url\": ").append(string(result.url().toString())).append(",\n");
    json.append("  \"user\": ").append(string(result.user())).append(",\n");
    json.append("  \"browser\": ").append(string(result.browser())).append(",\n");
    json.append("  \"window\": \"1280x900\",\n");
    json.append("  \"method\": ").append(string(result.method().key())).append(",\n");
    json.append("  \"methodDescription\": ")
        .append(string(result.method().description()))
        .append(",\n");
    json.append("  \"targetMs\": ").append(number(Stats.TARGET_MS)).append(",\n");
    json.append("  \"warmup\": ").append(result.warmup()).append(",\n");
    json.append("  \"phases\": [\n");
    List<Phase> phases = phases(result);
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      Stats s = phase.firstView();
      json.append("    {\n");
      json.append("      \"phase\": ").append(string(phase.key())).append(",\n");
      json.append("      \"runs\": ").append(s.runs()).append(",\n");
      json.append("      \"minMs\": ").append(number(s.min())).append(",\n");
      json.append("      \"medianMs\": ").append(number(s.median())).append(",\n");
      json.append("      \"p90Ms\": ").append(number(s.p90())).append(",\n");
      json.append("      \"maxMs\": ").append(number(s.max())).append(",\n");
      json.append("      \"underTarget\": ").append(s.underTarget()).append(",\n");
      json.append("      \"errorSections\": ").append(phase.errorSections()).append(",\n");
      json.append("      \"samples\": [");
      List<Sample> samples = phase.samples();
      for (int j = 0; j < samples.size(); j++) {
        Sample sample = samples.get(j);
        json.append(j == 0 ? "\n" : ",\n");
        json.append("        {\"firstViewMs\": ")
            .append(number(sample.firstViewMs()))
            .append(", \"markMs\": ")
            .append(number(sample.markMs()))
            .append(", \"domConditionMs\": ")
            .append(number(sample.domMs()))
            .append(", \"fetchStartMs\": ")
            .append(number(sample.fetchStartMs()))
            .append(", \"domContentLoadedMs\": ")
            .append(number(sample.domContentLoadedMs()))
            .append(", \"loadMs\": ")
            .append(number(sample.loadMs()))
            .append(", \"errorSections\": ")
            .append(sample.errorSections())
            .append('}');
      }
      json.append("\n      ]\n");
      json.append(i == phases.size() - 1 ? "    }\n" : "    },\n");
    }
    json.append("  ],\n");
    json.append("  \"summary\": ").append(string(summary(result))).append('\n');
    json.append("}");
    return json.toString();
  }

  private static List<Phase> phases(BenchResult result) {
    return List.of(result.signIn(), result.reload());
  }

  /** The median of a field over the samples where it was measured; NaN if it never was. */
  private static double median(Phase phase, ToDoubleFunction<Sample> field) {
    double[] values =
        phase.samples().stream().mapToDouble(field).filter(v -> !Double.isNaN(v)).toArray();
    return values.length == 0 ? Double.NaN : Stats.of(values).median();
  }

  static String ms(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "null"
        : String.format(Locale.ROOT, "%.1f", value);
  }

  static String string(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
