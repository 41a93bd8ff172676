package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.platform.json.JsonParsing;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the ETSI GS QKD 014 request objects by hand, so every malformed body gets the standard's
 * Error object and status 400 rather than the platform's problem documents.
 */
final class EtsiJson {

  private EtsiJson() {}

  /** Key request (ETSI GS QKD 014 §6.2): number, size, additional_slave_SAE_IDs, extensions. */
  static KeyRequest keyRequest(String body) {
    JsonObject json = object(body);
    int number = integer(json, "number", 1);
    int size = integer(json, "size", EtsiLimits.DEFAULT_KEY_SIZE);
    List<String> additional = new ArrayList<>();
    if (json.containsKey("additional_slave_SAE_IDs")) {
      for (JsonValue value : array(json, "additional_slave_SAE_IDs")) {
        if (!(value instanceof JsonString id)) {
          throw EtsiException.badRequest("additional_slave_SAE_IDs must hold strings");
        }
        additional.add(id.getString());
      }
    }
    Optional<KeyClass> required = Optional.empty();
    for (JsonObject extension : extensions(json, "extension_mandatory")) {
      for (String name : extension.keySet()) {
        if (!name.equals("key_class")) {
          // §6.2: a KME that does not support a mandatory extension refuses the request.
          throw EtsiException.badRequest(
              "unsupported mandatory extension " + name, "extension_mandatory", name);
        }
        required = Optional.of(keyClass(extension.get(name)));
      }
    }
    Optional<KeyClass> preferred = Optional.empty();
    for (JsonObject extension : extensions(json, "extension_optional")) {
      // §6.2: optional extensions a KME does not support are ignored.
      if (extension.containsKey("key_class")) {
        preferred = Optional.of(keyClass(extension.get("key_class")));
      }
    }
    return new KeyRequest(number, size, additional, required, preferred);
  }

  /** Key IDs (§6.4): {"key_IDs": [{"key_ID": "..."}, ...]}. */
  static List<UUID> keyIds(String body) {
    JsonObject json = object(body);
    if (!json.containsKey("key_IDs")) {
      throw EtsiException.badRequest("key_IDs is required");
    }
    List<UUID> ids = new ArrayList<>();
    for (JsonValue value : array(json, "key_IDs")) {
      if (!(value instanceof JsonObject entry) || !(entry.get("key_ID") instanceof JsonString id)) {
        throw EtsiException.badRequest(
            "each entry of key_IDs must be an object with a key_ID string");
      }
      ids.add(uuid(id.getString()));
    }
    return ids;
  }

  static UUID uuid(String value) {
    try {
      UUID id = UUID.fromString(value);
      if (id.toString().equalsIgnoreCase(value)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw EtsiException.badRequest("key_ID must be a UUID", "key_ID", value);
  }

  /** A query parameter that must be a whole number, or {@code otherwise} when absent. */
  static int queryInteger(String value, String name, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw EtsiException.badRequest(name + " must be an integer", name, value);
    }
  }

  private static List<JsonObject> extensions(JsonObject json, String name) {
    if (!json.containsKey(name)) {
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonValue extension : array(json, name)) {
      if (!(extension instanceof JsonObject object)) {
        throw EtsiException.badRequest(name + " must hold objects");
      }
      objects.add(object);
    }
    return objects;
  }

  private static KeyClass keyClass(JsonValue value) {
    if (value instanceof JsonString name) {
      try {
        return KeyClass.valueOf(name.getString());
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw EtsiException.badRequest("key_class must be QKD, HYBRID or PQC", "key_class", value);
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw EtsiException.badRequest("the request body must be a JSON object");
    }
    try (JsonReader reader = JsonParsing.reader(body)) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException e) {
      throw EtsiException.badRequest("the request body is not valid JSON");
    }
    throw EtsiException.badRequest("the request body must be a JSON object");
  }

  private static JsonArray array(JsonObject json, String name) {
    if (json.get(name) instanceof JsonArray array) {
      return array;
    }
    throw EtsiException.badRequest(name + " must be an array", name, json.get(name));
  }

  private static int integer(JsonObject json, String name, int otherwise) {
    if (!json.containsKey(name)) {
      return otherwise;
    }
    if (json.get(name) instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    throw EtsiException.badRequest(name + " must be an integer", name, json.get(name));
  }
}
