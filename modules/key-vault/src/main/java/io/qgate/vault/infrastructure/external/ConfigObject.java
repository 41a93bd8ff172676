package io.qgate.vault.infrastructure.external;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/** A JSON object of the external-KMEs file, whose fields are named by their path in problems. */
final class ConfigObject {

  private final JsonObject json;
  private final String path;

  private ConfigObject(JsonObject json, String path) {
    this.json = json;
    this.path = path;
  }

  /** {@code value} as an object at {@code path}, or a problem naming {@code path}. */
  static ConfigObject of(JsonValue value, String path) {
    if (value instanceof JsonObject object) {
      return new ConfigObject(object, path);
    }
    throw new ConfigProblem(path, value == null ? "missing" : "must be a JSON object");
  }

  /** Refuses fields other than {@code names}, so a misspelt field is not silently ignored. */
  ConfigObject allowOnly(Set<String> names) {
    for (String name : json.keySet()) {
      if (!names.contains(name)) {
        throw new ConfigProblem(field(name), "unknown field (expected one of " + names + ")");
      }
    }
    return this;
  }

  ConfigObject object(String name) {
    return of(json.get(name), field(name));
  }

  /** A required, non-blank string. */
  String string(String name) {
    JsonValue value = json.get(name);
    if (value == null) {
      throw new ConfigProblem(field(name), "missing");
    }
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new ConfigProblem(field(name), "must be a non-blank string");
    }
    return string.getString().strip();
  }

  /** An optional whole number in {@code [min, max]}. */
  Optional<Integer> integer(String name, int min, int max) {
    JsonValue value = json.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.longValue() >= min
        && number.longValue() <= max) {
      return Optional.of(number.intValue());
    }
    throw new ConfigProblem(field(name), "must be a whole number from " + min + " to " + max);
  }

  String path() {
    return path;
  }

  /** The path of field {@code name} of this object, e.g. {@code links[0].master.url}. */
  String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
