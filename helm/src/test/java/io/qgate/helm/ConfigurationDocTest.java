package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every QGATE_* variable that docs/operations.md's Configuration table says the WAR reads can be
 * set through the chart's values: the chart and the document stay in step.
 */
class ConfigurationDocTest {

  private static final Pattern VARIABLE = Pattern.compile("`(QGATE_[A-Z0-9_]+)`");

  /** The variables of the Configuration table whose "Read by" column names the WAR. */
  static Set<String> warVariables() throws IOException {
    List<String> lines = Files.readAllLines(Helm.REPO_ROOT.resolve("docs/operations.md"));
    int start = lines.indexOf("## Configuration");
    assertThat(start).as("docs/operations.md has a ## Configuration section").isNotNegative();
    List<String> header = null;
    Set<String> variables = new TreeSet<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(line);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      int readBy = header.indexOf("Read by");
      assertThat(readBy).as("the table has a 'Read by' column").isNotNegative();
      if (cells.get(readBy).contains("WAR")) {
        Matcher matcher = VARIABLE.matcher(cells.get(0));
        while (matcher.find()) {
          variables.add(matcher.group(1));
        }
      }
    }
    return variables;
  }

  @Test
  void theTableIsParsed() throws IOException {
    // A parser that finds nothing would make the next test pass vacuously.
    assertThat(warVariables())
        .hasSizeGreaterThanOrEqualTo(25)
        .contains("QGATE_DB_URL", "QGATE_KEK_FILE", "QGATE_SEED_DEMO")
        .doesNotContain("QGATE_HTTP_PORT", "QGATE_START_TIMEOUT_SECONDS");
  }

  @Test
  void everyWarVariableIsSetByTheChart() throws IOException {
    Helm.Manifests manifests = Helm.templateAll();
    Set<String> rendered = environment(manifests);
    assertThat(rendered).containsAll(warVariables());
  }

  @Test
  void theChartSetsNoQgateVariableTheDocumentDoesNotKnow() throws IOException {
    Set<String> rendered = new TreeSet<>(environment(Helm.templateAll()));
    rendered.removeIf(name -> !name.startsWith("QGATE_"));
    // The chart's own: the TLS store passwords handed to Payara, and the fixture's extraEnv.
    rendered.removeAll(
        Set.of("QGATE_TLS_KEYSTORE_PASSWORD", "QGATE_TLS_TRUSTSTORE_PASSWORD", "QGATE_EXTRA_TEST"));
    assertThat(warVariables()).containsAll(rendered);
  }

  /**
   * Names of the platform container's environment: env entries and the envFrom ConfigMaps' keys.
   */
  static Set<String> environment(Helm.Manifests manifests) {
    Map<String, Object> container =
        Maps.maps(
                Maps.get(manifests.single("Deployment"), "spec", "template", "spec", "containers"))
            .get(0);
    Set<String> names = new TreeSet<>();
    Maps.maps(container.get("env")).forEach(env -> names.add((String) env.get("name")));
    List<String> configMaps = new ArrayList<>();
    for (Map<String, Object> from : Maps.maps(container.get("envFrom"))) {
      Object ref = from.get("configMapRef");
      if (ref != null) {
        configMaps.add((String) Maps.map(ref).get("name"));
      }
    }
    assertThat(configMaps).isNotEmpty();
    for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
      if (configMaps.contains(Maps.get(configMap, "metadata", "name"))) {
        names.addAll(Maps.map(configMap.get("data")).keySet());
      }
    }
    return names;
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> cells = new ArrayList<>();
    // Split on | that is not escaped (\|) inside a cell.
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
