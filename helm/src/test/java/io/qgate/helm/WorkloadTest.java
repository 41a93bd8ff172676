package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Probes, security context and resources of every container, for each values file. */
class WorkloadTest {

  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of("default", Helm.templateDefault()),
        Arguments.of("production", Helm.templateProduction()),
        Arguments.of("all", Helm.templateAll()));
  }

  private static List<Map<String, Object>> containers(Helm.Manifests manifests) {
    List<Map<String, Object>> podSpecs = manifests.podSpecs();
    assertThat(podSpecs).isNotEmpty();
    return podSpecs.stream()
        .flatMap(
            spec ->
                Stream.concat(
                    Maps.maps(spec.get("containers")).stream(),
                    Maps.maps(spec.get("initContainers")).stream()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void everyContainerHasMicroProfileHealthProbes(String name, Helm.Manifests manifests) {
    for (Map<String, Object> container : containers(manifests)) {
      assertThat(Maps.get(container, "startupProbe", "httpGet", "path"))
          .as("startup probe of %s", container.get("name"))
          .isEqualTo("/health/started");
      assertThat(Maps.get(container, "livenessProbe", "httpGet", "path"))
          .as("liveness probe of %s", container.get("name"))
          .isEqualTo("/health/live");
      assertThat(Maps.get(container, "readinessProbe", "httpGet", "path"))
          .as("readiness probe of %s", container.get("name"))
          .isEqualTo("/health/ready");
      // The startup probe must allow a slow first deployment (migrations): at least 2 minutes.
      Map<String, Object> startup = Maps.at(container, "startupProbe");
      int allowed =
          ((Number) startup.get("periodSeconds")).intValue()
              * ((Number) startup.get("failureThreshold")).intValue();
      assertThat(allowed).as("seconds the startup probe allows").isGreaterThanOrEqualTo(120);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void everyContainerRunsNonRootOnAReadOnlyRootFilesystem(String name, Helm.Manifests manifests) {
    for (Map<String, Object> podSpec : manifests.podSpecs()) {
      assertThat(Maps.get(podSpec, "securityContext", "runAsNonRoot")).isEqualTo(true);
      assertThat(Maps.get(podSpec, "securityContext", "seccompProfile", "type"))
          .isEqualTo("RuntimeDefault");
    }
    for (Map<String, Object> container : containers(manifests)) {
      Map<String, Object> context = Maps.at(container, "securityContext");
      assertThat(context.get("runAsNonRoot")).as("runAsNonRoot").isEqualTo(true);
      assertThat(context.get("readOnlyRootFilesystem"))
          .as("readOnlyRootFilesystem")
          .isEqualTo(true);
      assertThat(context.get("allowPrivilegeEscalation"))
          .as("allowPrivilegeEscalation")
          .isEqualTo(false);
      assertThat(Maps.list(Maps.get(context, "capabilities", "drop"))).contains("ALL");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void everyContainerHasResourceRequestsAndLimits(String name, Helm.Manifests manifests) {
    for (Map<String, Object> container : containers(manifests)) {
      assertThat(Maps.at(container, "resources", "requests")).containsKeys("cpu", "memory");
      assertThat(Maps.at(container, "resources", "limits")).containsKey("memory");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void writableDirectoriesAreEmptyDirs(String name, Helm.Manifests manifests) {
    Map<String, Object> podSpec = manifests.podSpecs().get(0);
    Map<String, Object> container = Maps.maps(podSpec.get("containers")).get(0);
    List<String> emptyDirs =
        Maps.maps(podSpec.get("volumes")).stream()
            .filter(volume -> volume.containsKey("emptyDir"))
            .map(volume -> (String) volume.get("name"))
            .toList();
    List<String> writableMounts =
        Maps.maps(container.get("volumeMounts")).stream()
            .filter(mount -> !Boolean.TRUE.equals(mount.get("readOnly")))
            .map(mount -> (String) mount.get("mountPath"))
            .toList();
    assertThat(writableMounts).containsExactlyInAnyOrder("/tmp", "/var/lib/payara");
    assertThat(emptyDirs).hasSize(2);
    assertThat(Maps.list(container.get("args")))
        .containsSequence("--rootdir", "/var/lib/payara")
        .contains("-Djava.io.tmpdir=/tmp");
  }
}
