package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Passwords and keys live in the Secret only, and the Deployment references exactly what the Secret
 * holds.
 */
class SecretsTest {

  /**
   * Every key an existingSecret must hold when every item is on (docs/operations.md lists them).
   */
  static final Set<String> DOCUMENTED_KEYS =
      Set.of(
          "db-password",
          "db-migration-password",
          "kek",
          "audit-signing-key.pem",
          "audit-signing-key.pub.pem",
          "kme-server.p12",
          "truststore.p12",
          "tls-keystore-password",
          "tls-truststore-password");

  @Test
  void noSecretValueAppearsInAnyConfigMap() throws IOException {
    Helm.Manifests manifests = Helm.templateAll();
    List<String> secretValues = secretValuesOfTheFixture();
    assertThat(secretValues).hasSizeGreaterThanOrEqualTo(8);
    List<Map<String, Object>> configMaps = manifests.ofKind("ConfigMap");
    assertThat(configMaps).isNotEmpty();
    for (Map<String, Object> configMap : configMaps) {
      String data = String.valueOf(configMap.get("data"));
      for (String secret : secretValues) {
        assertThat(data)
            .as("ConfigMap %s holds a secret value", Maps.get(configMap, "metadata", "name"))
            .doesNotContain(secret);
      }
      assertThat(Maps.map(configMap.get("data")).keySet())
          .as("ConfigMap keys")
          .noneMatch(key -> key.contains("PASSWORD") || key.equals("QGATE_KEK"));
    }
    // Nor anywhere else in the Deployment (no literal value in env or args).
    String deployment = String.valueOf(manifests.single("Deployment"));
    for (String secret : secretValues) {
      assertThat(deployment).doesNotContain(secret);
    }
  }

  @Test
  void theChartsSecretHoldsTheValuesAndTheDeploymentReferencesExactlyItsKeys() {
    Helm.Manifests manifests = Helm.templateAll();
    Map<String, Object> secret = manifests.single("Secret");
    Set<String> secretKeys = new TreeSet<>(Maps.map(secret.get("data")).keySet());
    assertThat(secretKeys).isEqualTo(new TreeSet<>(DOCUMENTED_KEYS));
    String secretName = (String) Maps.get(secret, "metadata", "name");
    assertThat(referencedKeys(manifests.single("Deployment"), secretName)).isEqualTo(secretKeys);
    assertThat(
            new String(
                Base64.getDecoder()
                    .decode((String) Maps.map(secret.get("data")).get("db-password"))))
        .isEqualTo("db-password-f00d-1");
  }

  @Test
  void withoutSecretValuesNothingDanglesAndTheSecretIsEmpty() {
    Helm.Manifests manifests = Helm.templateDefault();
    Map<String, Object> secret = manifests.single("Secret");
    Object data = secret.get("data");
    assertThat(data == null ? Map.of() : Maps.map(data)).isEmpty();
    String secretName = (String) Maps.get(secret, "metadata", "name");
    assertThat(referencedKeys(manifests.single("Deployment"), secretName)).isEmpty();
  }

  @Test
  void productionReferencesAnExistingSecretWithTheDocumentedKeys() {
    Helm.Manifests manifests = Helm.templateProduction();
    assertThat(manifests.ofKind("Secret")).as("the chart creates no Secret").isEmpty();
    assertThat(referencedKeys(manifests.single("Deployment"), "qgate-secrets"))
        .isEqualTo(new TreeSet<>(DOCUMENTED_KEYS));
  }

  /** The keys of Secret {@code name} that the Deployment reads, through env or volumes. */
  static Set<String> referencedKeys(Map<String, Object> deployment, String name) {
    Map<String, Object> podSpec = Maps.at(deployment, "spec", "template", "spec");
    Set<String> keys = new TreeSet<>();
    for (Map<String, Object> container : Maps.maps(podSpec.get("containers"))) {
      for (Map<String, Object> env : Maps.maps(container.get("env"))) {
        Object ref = Maps.get(env, "valueFrom", "secretKeyRef");
        if (ref != null && name.equals(Maps.map(ref).get("name"))) {
          keys.add((String) Maps.map(ref).get("key"));
        }
      }
      for (Map<String, Object> from : Maps.maps(container.get("envFrom"))) {
        assertThat(from)
            .as("envFrom a whole Secret hides what is read")
            .doesNotContainKey("secretRef");
      }
    }
    for (Map<String, Object> volume : Maps.maps(podSpec.get("volumes"))) {
      Object secret = volume.get("secret");
      if (secret != null && name.equals(Maps.map(secret).get("secretName"))) {
        List<Map<String, Object>> items = Maps.maps(Maps.map(secret).get("items"));
        assertThat(items).as("secret volume %s lists its items", volume.get("name")).isNotEmpty();
        items.forEach(item -> keys.add((String) item.get("key")));
      }
    }
    return keys;
  }

  @SuppressWarnings("unchecked")
  private static List<String> secretValuesOfTheFixture() throws IOException {
    Map<String, Object> values = new Yaml().load(Files.readString(Helm.ALL_VALUES));
    Map<String, Object> secrets = (Map<String, Object>) values.get("secrets");
    List<String> found = new ArrayList<>();
    collectStrings(secrets, found);
    List<String> pieces = new ArrayList<>();
    for (String value : found) {
      // Each line of multi-line values (KEK lines, PEM bodies) on its own, headers aside.
      for (String line : value.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.length() >= 12 && !trimmed.startsWith("-----") && !trimmed.startsWith("#")) {
          pieces.add(trimmed.contains(" ") ? trimmed.substring(trimmed.indexOf(' ') + 1) : trimmed);
        }
      }
    }
    return pieces;
  }

  @SuppressWarnings("unchecked")
  private static void collectStrings(Object value, List<String> into) {
    if (value instanceof String s) {
      into.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collectStrings(v, into));
    }
  }
}
