package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CI gate: helm lint --strict and helm template, default and production values. */
class ChartLintTest {

  @Test
  void lintsStrictlyWithDefaultValues() {
    Helm.Result result = Helm.run("lint", "--strict", Helm.CHART.toString()).assertSuccess();
    assertThat(result.stdout()).contains("0 chart(s) failed");
  }

  @Test
  void lintsStrictlyWithProductionValues() {
    Helm.Result result =
        Helm.run("lint", "--strict", Helm.CHART.toString(), "-f", Helm.PRODUCTION_VALUES.toString())
            .assertSuccess();
    assertThat(result.stdout()).contains("0 chart(s) failed");
  }

  @Test
  void lintsStrictlyWithEveryFeatureOn() {
    Helm.run("lint", "--strict", Helm.CHART.toString(), "-f", Helm.ALL_VALUES.toString())
        .assertSuccess();
  }

  @Test
  void rendersTheWorkloadWithDefaultAndProductionValues() {
    for (Helm.Manifests manifests :
        new Helm.Manifests[] {Helm.templateDefault(), Helm.templateProduction()}) {
      assertThat(manifests.ofKind("Deployment")).hasSize(1);
      assertThat(manifests.ofKind("Service")).isNotEmpty();
      assertThat(manifests.ofKind("ConfigMap")).isNotEmpty();
      assertThat(manifests.ofKind("ServiceAccount")).hasSize(1);
    }
  }

  @Test
  void everyResourceCarriesTheStandardLabels() {
    for (var document : Helm.templateAll().documents()) {
      var labels = Maps.at(document, "metadata", "labels");
      assertThat(labels)
          .as("labels of %s %s", document.get("kind"), Maps.get(document, "metadata", "name"))
          .containsKeys(
              "app.kubernetes.io/name",
              "app.kubernetes.io/instance",
              "app.kubernetes.io/version",
              "app.kubernetes.io/managed-by",
              "helm.sh/chart");
    }
  }
}
