package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** values-production.yaml: more than one replica, a PDB, no demo data, TLS on the Ingress. */
class ProductionValuesTest {

  private final Helm.Manifests manifests = Helm.templateProduction();

  @Test
  void runsAtLeastTwoReplicasWithADisruptionBudget() {
    Map<String, Object> deployment = manifests.single("Deployment");
    Object replicas = Maps.get(deployment, "spec", "replicas");
    Map<String, Object> hpa = manifests.single("HorizontalPodAutoscaler");
    int minReplicas = ((Number) Maps.get(hpa, "spec", "minReplicas")).intValue();
    // With the HPA, the Deployment leaves replicas to it; either way at least two pods.
    assertThat(replicas == null ? minReplicas : ((Number) replicas).intValue())
        .isGreaterThanOrEqualTo(2);
    assertThat(minReplicas).isGreaterThanOrEqualTo(2);
    Map<String, Object> pdb = manifests.single("PodDisruptionBudget");
    assertThat(Maps.get(pdb, "spec", "minAvailable")).isEqualTo(1);
    assertThat(Maps.at(pdb, "spec", "selector", "matchLabels"))
        .isEqualTo(Maps.at(deployment, "spec", "selector", "matchLabels"));
  }

  @Test
  void seedsNoDemoAndRunsNoSimulatedFleet() {
    Map<String, Object> config = configData();
    assertThat(config.get("QGATE_SEED_DEMO")).isEqualTo("false");
    assertThat(config.get("QGATE_GATEWAY_FLEET")).isEqualTo("false");
  }

  @Test
  void servesTheConsoleThroughATlsIngressAndEtsiOutsideIt() {
    Map<String, Object> ingress = manifests.single("Ingress");
    assertThat(Maps.list(Maps.get(ingress, "spec", "tls"))).isNotEmpty();
    assertThat(String.valueOf(ingress.get("spec"))).doesNotContain("etsi");
    assertThat(manifests.ofKind("Service"))
        .anySatisfy(
            service -> assertThat(String.valueOf(service.get("spec"))).contains("name=etsi"));
  }

  @Test
  void restrictsTrafficAndClustersThroughKubernetesDiscovery() {
    assertThat(manifests.ofKind("NetworkPolicy")).hasSize(1);
    assertThat(manifests.ofKind("Role")).hasSize(1);
    assertThat(
            Maps.list(
                Maps.get(manifests.single("Deployment"), "spec", "template", "spec", "containers")))
        .first()
        .satisfies(
            container ->
                assertThat(Maps.list(Maps.map(container).get("args")))
                    .containsSequence("--clustermode", "kubernetes:default,qgate-cluster"));
  }

  private Map<String, Object> configData() {
    return manifests.ofKind("ConfigMap").stream()
        .filter(c -> String.valueOf(Maps.get(c, "metadata", "name")).endsWith("-config"))
        .map(c -> Maps.map(c.get("data")))
        .findFirst()
        .orElseThrow();
  }
}
