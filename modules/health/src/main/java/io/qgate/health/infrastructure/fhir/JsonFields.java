package io.qgate.health.infrastructure.fhir;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed access to the fields of a FHIR resource that fails with a {@link MalformedReadingException}
 * naming the field's path (e.g. {@code entry[1].resource.subject.reference}) and never its value:
 * the values of a vitals reading are health data, and parse errors end up in logs.
 */
final class JsonFields {

  private JsonFields() {}

  static JsonValue required(JsonObject object, String name, String path) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw malformed(path + name + " is missing");
    }
    return value;
  }

  static JsonObject object(JsonObject object, String name, String path) {
    JsonValue value = required(object, name, path);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed(path + name + " must be an object");
    }
    return value.asJsonObject();
  }

  static JsonArray array(JsonObject object, String name, String path) {
    JsonValue value = required(object, name, path);
    if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
      throw malformed(path + name + " must be a non-empty array");
    }
    return value.asJsonArray();
  }

  static JsonObject element(JsonArray array, int index, String path) {
    JsonValue value = array.get(index);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed(path + "[" + index + "] must be an object");
    }
    return value.asJsonObject();
  }

  static String string(JsonObject object, String name, String path) {
    JsonValue value = required(object, name, path);
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw malformed(path + name + " must be a string");
    }
    return ((JsonString) value).getString();
  }

  static double number(JsonObject object, String name, String path) {
    JsonValue value = required(object, name, path);
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw malformed(path + name + " must be a number");
    }
    try {
      return ((JsonNumber) value).doubleValue();
    } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
      // Parsson refuses numbers of more than 1100 characters, BigDecimal absurd exponents
      throw malformed(path + name + " must be a number of reasonable size");
    }
  }

  /** Requires {@code name} to be the string {@code expected}. */
  static void expect(JsonObject object, String name, String expected, String path) {
    if (!expected.equals(string(object, name, path))) {
      throw malformed(path + name + " must be \"" + expected + "\"");
    }
  }

  static MalformedReadingException malformed(String message) {
    return new MalformedReadingException("vitals reading: " + message);
  }
}
