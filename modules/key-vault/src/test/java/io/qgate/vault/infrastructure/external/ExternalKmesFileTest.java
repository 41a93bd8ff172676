package io.qgate.vault.infrastructure.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.TestDirectories;
import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way the external-KMEs file can be wrong gives one message naming the file and field. */
class ExternalKmesFileTest {

  private static final Map<String, String> ENV = Map.of("KME_PASSWORD", DevPki.STORE_PASSWORD);
  private static Path dir;
  private static ClientCredentials a;
  private static ClientCredentials b;

  @BeforeAll
  static void pki() throws Exception {
    if (dir != null) {
      return;
    }
    dir = TestDirectories.newDirectory("external-kmes-");
    DevPki pki = DevPki.ensure(dir.resolve("pki"));
    a = pki.demoClient("sae-grid-1");
    b = pki.demoClient("sae-core-1");
  }

  @Test
  void aValidFileConfiguresEachLink() throws Exception {
    Map<String, Object> second = link("link-b");
    second.remove("batch");
    ExternalKmesConfig config = read(file(List.of(link("link-a"), second)));

    assertThat(config.problems()).isEmpty();
    assertThat(config.misconfigured()).isEmpty();
    assertThat(config.links()).extracting(ExternalLink::linkId).containsExactly("link-a", "link-b");
    ExternalLink first = config.links().get(0);
    assertThat(first.batch()).isEqualTo(16);
    assertThat(first.field()).isEqualTo("links[0]");
    assertThat(first.master().url()).hasToString("https://kme-a.example:8443");
    assertThat(first.master().saeId()).isEqualTo("sae-grid-1");
    assertThat(first.slave().saeId()).isEqualTo("sae-core-1");
    assertThat(first.master().tls().getProtocol()).isEqualTo("TLS");
    assertThat(config.links().get(1).batch()).isEqualTo(ExternalKmesFile.DEFAULT_BATCH);
  }

  @Test
  void aFileThatCannotBeReadIsOneProblem() throws Exception {
    Path missing = dir.resolve("no-such.json");
    assertThat(read(missing).problems())
        .containsExactly(missing + ": cannot read the file (NoSuchFileException)");
  }

  @Test
  void aFileThatIsNotALinksObjectIsOneProblem() throws Exception {
    for (String text : List.of("", "not json", "[]", "{\"links\": {}}", "{\"link\": []}")) {
      Path file = Files.writeString(dir.resolve("bad.json"), text);
      ExternalKmesConfig config = read(file);
      assertThat(config.problems())
          .as(text)
          .containsExactly(file + ": links: the file must be a JSON object {\"links\": [...]}");
      assertThat(config.links()).isEmpty();
    }
    Path extra = Files.writeString(dir.resolve("extra.json"), "{\"links\": [], \"other\": 1}");
    assertThat(read(extra).problems()).singleElement().asString().startsWith(extra + ": other: ");
  }

  @Test
  void eachBadFieldIsReportedByItsPathAndLeavesTheOtherLinksInForce() throws Exception {
    Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
    cases.put("links[1].linkId: missing", e -> e.remove("linkId"));
    cases.put("links[1].linkId: must be a non-blank string", e -> e.put("linkId", " "));
    cases.put("links[1].batch: must be a whole number from 1 to 1024", e -> e.put("batch", 0));
    cases.put("links[1].batch: must be a whole number from 1", e -> e.put("batch", 1025));
    cases.put("links[1].batch: must be a whole number", e -> e.put("batch", "many"));
    cases.put("links[1].batch: must be a whole number from", e -> e.put("batch", 1.5));
    cases.put("links[1].frobnicate: unknown field", e -> e.put("frobnicate", 1));
    cases.put("links[1].master: missing", e -> e.remove("master"));
    cases.put("links[1].slave: must be a JSON object", e -> e.put("slave", "kme-b"));
    cases.put(
        "links[1].master.keystore: unknown field", e -> end(e, "master").put("keystore", "x"));
    cases.put("links[1].master.url: missing", e -> end(e, "master").remove("url"));
    cases.put(
        "links[1].master.url: must be an https URL like https://kme.example:443, is"
            + " http://kme-a.example",
        e -> end(e, "master").put("url", "http://kme-a.example"));
    cases.put("links[1].slave.url: must be an https URL", e -> end(e, "slave").put("url", "h t"));
    cases.put("links[1].slave.url: must be an https", e -> end(e, "slave").put("url", "https:/x"));
    cases.put("links[1].slave.url: must be an", e -> end(e, "slave").put("url", "https://h/?q=1"));
    cases.put("links[1].master.saeId: must match", e -> end(e, "master").put("saeId", "sae a"));
    cases.put(
        "links[1].master.keyStore: cannot read the file " + dir.resolve("none.p12"),
        e -> end(e, "master").put("keyStore", dir.resolve("none.p12").toString()));
    cases.put(
        "links[1].slave.keyStorePasswordEnv: environment variable NOT_SET is not set",
        e -> end(e, "slave").put("keyStorePasswordEnv", "NOT_SET"));
    cases.put(
        "links[1].slave.keyStorePasswordEnv: environment variable not a name is not set",
        e -> end(e, "slave").put("keyStorePasswordEnv", "not a name"));
    cases.put(
        "links[1].master.keyStore: cannot open "
            + a.keyStore()
            + " as PKCS#12 with the password"
            + " in WRONG_PASSWORD (",
        e -> end(e, "master").put("keyStorePasswordEnv", "WRONG_PASSWORD"));
    cases.put(
        "links[1].master.keyStore: cannot open " + a.certificate() + " as PKCS#12",
        e -> end(e, "master").put("keyStore", a.certificate().toString()));
    cases.put(
        "links[1].slave.trustPem: cannot read the file " + dir,
        e -> end(e, "slave").put("trustPem", dir.toString()));
    cases.put(
        "links[1].slave.trustPem: cannot read CA certificates from " + b.keyStore(),
        e -> end(e, "slave").put("trustPem", b.keyStore().toString()));
    for (var c : cases.entrySet()) {
      Map<String, Object> bad = link("link-bad");
      c.getValue().accept(bad);
      Path file = file(List.of(link("link-good"), bad));

      ExternalKmesConfig config = read(file);

      assertThat(config.problems())
          .as(c.getKey())
          .singleElement()
          .asString()
          .startsWith(file + ": " + c.getKey())
          .doesNotContain(DevPki.STORE_PASSWORD, "wrong-password");
      assertThat(config.links())
          .as(c.getKey())
          .extracting(ExternalLink::linkId)
          .containsExactly("link-good");
      assertThat(config.misconfigured())
          .as(c.getKey())
          .isEqualTo(
              bad.get("linkId") instanceof String id && !id.isBlank() ? Set.of(id) : Set.of());
    }
  }

  @Test
  void aLinkConfiguredTwiceIsRunByNeitherEntry() throws Exception {
    Path file = file(List.of(link("link-a"), link("link-a"), link("link-b")));

    ExternalKmesConfig config = read(file);

    assertThat(config.problems())
        .containsExactly(file + ": links[1].linkId: link-a is configured twice");
    assertThat(config.links()).extracting(ExternalLink::linkId).containsExactly("link-b");
    assertThat(config.misconfigured()).containsExactly("link-a");
  }

  @Test
  void anEntryThatIsNotAnObjectIsReportedByIndex() throws Exception {
    Path file = dir.resolve("entry.json");
    Files.writeString(file, "{\"links\": [42]}");
    assertThat(read(file).problems()).containsExactly(file + ": links[0]: must be a JSON object");
  }

  private static ExternalKmesConfig read(Path file) {
    Map<String, String> env = new HashMap<>(ENV);
    env.put("WRONG_PASSWORD", "wrong-password");
    return ExternalKmesFile.read(file, env::get);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> end(Map<String, Object> entry, String name) {
    return (Map<String, Object>) entry.get(name);
  }

  static Map<String, Object> link(String linkId) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("linkId", linkId);
    entry.put("batch", 16);
    entry.put("master", endpoint("https://kme-a.example:8443/", a));
    entry.put("slave", endpoint("https://kme-b.example:8443", b));
    return entry;
  }

  private static Map<String, Object> endpoint(String url, ClientCredentials sae) {
    Map<String, Object> end = new LinkedHashMap<>();
    end.put("url", url);
    end.put("saeId", sae.saeId());
    end.put("keyStore", sae.keyStore().toString());
    end.put("keyStorePasswordEnv", "KME_PASSWORD");
    end.put("trustPem", sae.caCertificate().toString());
    return end;
  }

  private static Path file(List<Map<String, Object>> links) throws Exception {
    Path file = Files.createTempFile(dir, "kmes-", ".json");
    Files.writeString(file, Json.createObjectBuilder(Map.of("links", links)).build().toString());
    return file;
  }
}
