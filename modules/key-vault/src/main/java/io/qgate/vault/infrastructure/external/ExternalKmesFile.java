package io.qgate.vault.infrastructure.external;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the file {@code QGATE_VAULT_EXTERNAL_KMES} names: {@code {"links": [{"linkId", "batch",
 * "master": {...}, "slave": {...}}]}} (endpoints: {@link KmeEndpointReader}). An invalid entry is
 * one problem naming the file and the field, and leaves the other entries in force.
 */
final class ExternalKmesFile {

  static final int DEFAULT_BATCH = 128;
  static final int MAX_BATCH = 1024;
  private static final Set<String> LINK_FIELDS = Set.of("linkId", "batch", "master", "slave");

  private ExternalKmesFile() {}

  /** {@code environment} looks up the variables that hold the key stores' passwords. */
  static ExternalKmesConfig read(Path file, Function<String, String> environment) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return ExternalKmesConfig.broken(
          file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    JsonValue root = ExternalJson.read(bytes).orElse(null);
    if (!(root instanceof JsonObject object) || !(object.get("links") instanceof JsonArray links)) {
      return ExternalKmesConfig.broken(
          file + ": links: the file must be a JSON object {\"links\": [...]}");
    }
    try {
      ConfigObject.of(object, "").allowOnly(Set.of("links"));
    } catch (ConfigProblem p) {
      return ExternalKmesConfig.broken(file + ": " + p.getMessage());
    }
    List<ExternalLink> valid = new ArrayList<>();
    Set<String> misconfigured = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      JsonValue entry = links.get(i);
      try {
        ExternalLink link = link(ConfigObject.of(entry, "links[" + i + "]"), environment);
        if (misconfigured.contains(link.linkId())
            || valid.stream().anyMatch(l -> l.linkId().equals(link.linkId()))) {
          throw new ConfigProblem(
              "links[" + i + "].linkId", link.linkId() + " is configured twice");
        }
        valid.add(link);
      } catch (ConfigProblem p) {
        problems.add(file + ": " + p.getMessage());
        if (entry instanceof JsonObject o
            && o.get("linkId") instanceof JsonString id
            && !id.getString().isBlank()) {
          misconfigured.add(id.getString().strip());
        }
      }
    }
    valid.removeIf(l -> misconfigured.contains(l.linkId()));
    return new ExternalKmesConfig(List.copyOf(valid), Set.copyOf(misconfigured), problems);
  }

  private static ExternalLink link(ConfigObject entry, Function<String, String> environment) {
    entry.allowOnly(LINK_FIELDS);
    String linkId = entry.string("linkId");
    int batch = entry.integer("batch", 1, MAX_BATCH).orElse(DEFAULT_BATCH);
    KmeEndpoint master = KmeEndpointReader.read(entry.object("master"), environment);
    KmeEndpoint slave = KmeEndpointReader.read(entry.object("slave"), environment);
    return new ExternalLink(entry.path(), linkId, batch, master, slave);
  }
}
