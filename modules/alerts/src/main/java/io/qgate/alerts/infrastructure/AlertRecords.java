package io.qgate.alerts.infrastructure;

import io.qgate.alerts.domain.AlertSeverity;
import io.qgate.alerts.domain.SourceKind;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import io.qgate.platform.json.JsonParsing;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the value of a {@code qgate.alerts.v1} record (docs/asyncapi.yaml, written by the key
 * vault's and the pipeline's alert sinks) back into an {@link Alert}: every required member present
 * and of its type, severity, tenant and source kind ones qgate knows. Anything else is a {@link
 * MalformedAlertException} whose message names the member at fault, never the content.
 */
public final class AlertRecords {

  /** The longest type and source id the store keeps (the columns' sizes). */
  static final int MAX_TYPE = 60;

  static final int MAX_SOURCE_ID = 200;

  private AlertRecords() {}

  public static Alert parse(byte[] value) throws MalformedAlertException {
    if (value == null || value.length == 0) {
      throw new MalformedAlertException("empty record");
    }
    JsonObject json;
    try {
      json = JsonParsing.object(utf8(value));
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new MalformedAlertException("not a JSON object");
    }
    UUID alertId;
    try {
      alertId = UUID.fromString(text(json, "alertId"));
    } catch (IllegalArgumentException e) {
      throw new MalformedAlertException("alertId is not a UUID");
    }
    String type = text(json, "type");
    if (type.isBlank() || type.length() > MAX_TYPE) {
      throw new MalformedAlertException("type is blank or longer than " + MAX_TYPE);
    }
    String severity = known(AlertSeverity.class, text(json, "severity"), "severity");
    String tenant = known(Tenant.class, text(json, "tenant"), "tenant");
    JsonObject source = object(json, "source");
    String kind = known(SourceKind.class, text(source, "kind"), "source.kind");
    String sourceId = text(source, "id");
    if (sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID) {
      throw new MalformedAlertException("source.id is blank or longer than " + MAX_SOURCE_ID);
    }
    Instant raisedAt;
    try {
      raisedAt = Instant.parse(text(json, "raisedAt"));
    } catch (DateTimeParseException e) {
      throw new MalformedAlertException("raisedAt is not an ISO-8601 instant");
    }
    String message = text(json, "message");
    Map<String, Object> details =
        json.containsKey("details") && !json.isNull("details")
            ? members(object(json, "details"))
            : Map.of();
    return new Alert(alertId, type, severity, tenant, kind, sourceId, raisedAt, message, details);
  }

  private static String utf8(byte[] value) throws MalformedAlertException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(value))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedAlertException("not UTF-8");
    }
  }

  private static String text(JsonObject json, String member) throws MalformedAlertException {
    JsonValue value = json.get(member);
    if (!(value instanceof JsonString string)) {
      throw new MalformedAlertException(member + " is missing or not a string");
    }
    return string.getString();
  }

  private static JsonObject object(JsonObject json, String member) throws MalformedAlertException {
    JsonValue value = json.get(member);
    if (!(value instanceof JsonObject object)) {
      throw new MalformedAlertException(member + " is missing or not an object");
    }
    return object;
  }

  private static <E extends Enum<E>> String known(Class<E> type, String value, String member)
      throws MalformedAlertException {
    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
      throw new MalformedAlertException(
          member + " is not one of " + Arrays.toString(type.getEnumConstants()));
    }
    return value;
  }

  /** The details object's members as Java values; null members are left out. */
  private static Map<String, Object> members(JsonObject object) {
    Map<String, Object> members = new LinkedHashMap<>();
    object.forEach(
        (name, value) -> {
          Object converted = java(value);
          if (converted != null) {
            members.put(name, converted);
          }
        });
    return members;
  }

  private static Object java(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case OBJECT -> members(value.asJsonObject());
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
          items.add(java(item));
        }
        yield items;
      }
    };
  }

  private static Object number(JsonNumber number) {
    if (number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        return number.doubleValue();
      }
    }
    return number.doubleValue();
  }
}
