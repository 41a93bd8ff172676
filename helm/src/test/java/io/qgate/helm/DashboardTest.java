package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboard parses, queries only qgate_* metrics the code registers, charts the
 * pipeline's metrics, and ships as a ConfigMap for Grafana's sidecar when enabled.
 */
class DashboardTest {

  private static final Path DASHBOARD = Helm.CHART.resolve("dashboards/qgate.json");
  private static final Pattern METRIC = Pattern.compile("\\bqgate_[a-z0-9_]+");

  /** Suffixes MicroProfile Metrics adds in Prometheus text (counters, timers, units). */
  private static final List<String> SUFFIXES =
      List.of("_total", "_count", "_sum", "_max", "_bucket", "_seconds");

  @Test
  void chartsThePipelineMetricsAndOnlyMetricsTheCodeRegisters() throws IOException {
    Set<String> queried = new TreeSet<>();
    for (String expr : expressions()) {
      Matcher matcher = METRIC.matcher(expr);
      while (matcher.find()) {
        queried.add(baseName(matcher.group()));
      }
    }
    assertThat(queried)
        .contains(
            "qgate_gateway_readings_sent",
            "qgate_gateway_readings_refused",
            "qgate_gateway_readings_failed",
            "qgate_telemetry_accepted",
            "qgate_telemetry_duplicates",
            "qgate_telemetry_rejected",
            "qgate_telemetry_malformed",
            "qgate_telemetry_alerts",
            "qgate_events_dropped");
    Set<String> registered = metricNamesInTheCode();
    assertThat(registered).as("metric names found in modules/*/src/main/java").isNotEmpty();
    assertThat(registered).containsAll(queried);
  }

  @Test
  void isShippedAsAGrafanaSidecarConfigMapWhenEnabled() throws IOException {
    assertThat(
            Helm.templateDefault().ofKind("ConfigMap").stream()
                .filter(c -> Maps.get(c, "metadata", "labels", "grafana_dashboard") != null))
        .isEmpty();
    Map<String, Object> configMap =
        Helm.templateProduction().ofKind("ConfigMap").stream()
            .filter(c -> "1".equals(Maps.get(c, "metadata", "labels", "grafana_dashboard")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no ConfigMap labelled grafana_dashboard: \"1\""));
    String json = (String) Maps.map(configMap.get("data")).get("qgate.json");
    assertThat(parse(json)).isEqualTo(parse(Files.readString(DASHBOARD)));
  }

  static String baseName(String metric) {
    String name = metric;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String suffix : SUFFIXES) {
        if (name.endsWith(suffix)) {
          name = name.substring(0, name.length() - suffix.length());
          stripped = true;
        }
      }
    }
    return name;
  }

  /** Every "qgate_..." string literal in the platform's main code. */
  static Set<String> metricNamesInTheCode() throws IOException {
    Pattern literal = Pattern.compile("\"(qgate_[a-z0-9_]+)\"");
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Helm.REPO_ROOT.resolve("modules"))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/java/"))
              .toList()) {
        String source = Files.readString(file);
        if (!source.contains("MetricRegistry")) {
          continue;
        }
        Matcher matcher = literal.matcher(source);
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  private static List<String> expressions() throws IOException {
    Map<String, Object> dashboard = parse(Files.readString(DASHBOARD));
    assertThat(dashboard).containsKeys("title", "uid", "panels");
    List<String> expressions = new ArrayList<>();
    collectExpressions(dashboard.get("panels"), expressions);
    assertThat(expressions).isNotEmpty();
    return expressions;
  }

  private static void collectExpressions(Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      if (map.get("expr") instanceof String expr) {
        into.add(expr);
      }
      map.values().forEach(value -> collectExpressions(value, into));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collectExpressions(value, into));
    }
  }

  private static Map<String, Object> parse(String json) {
    // JSON is YAML; snakeyaml reads it (and fails on malformed JSON).
    return Maps.map(new Yaml().load(json));
  }
}
