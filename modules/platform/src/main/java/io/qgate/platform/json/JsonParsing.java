package io.qgate.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * The one way the platform parses JSON text with JSON-P. {@code Json.createReader} looks the
 * provider up through {@code ServiceLoader} across the application's jars on every call — a quarter
 * of the CPU of an ETSI request and a global lock under load — so one factory serves all.
 */
public final class JsonParsing {

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private JsonParsing() {}

  /** A reader over {@code text}; the caller closes it. */
  public static JsonReader reader(String text) {
    return READERS.createReader(new StringReader(text));
  }

  /**
   * {@code text} as a JSON object.
   *
   * @throws jakarta.json.JsonException if it is not valid JSON or not an object
   */
  public static JsonObject object(String text) {
    try (JsonReader reader = reader(text)) {
      return reader.readObject();
    }
  }
}
