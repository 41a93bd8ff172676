package io.qgate.vault.infrastructure.external;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

/** JSON-P for the external KMEs: one provider, looked up once (Json.* looks it up every call). */
final class ExternalJson {

  static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

  private ExternalJson() {}

  /** The value {@code utf8} holds, empty if it is not JSON. */
  static Optional<JsonValue> read(byte[] utf8) {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(utf8))) {
      return Optional.of(reader.readValue());
    } catch (JsonException e) {
      return Optional.empty();
    }
  }
}
