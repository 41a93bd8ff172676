package io.qgate.simulations.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.json.JsonParsing;
import io.qgate.simulations.domain.SimulationRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a POST body into a {@link SimulationRequest}: a JSON object whose fields all may be absent
 * or null. A field of the wrong type, or one no job knows, is named in the 400 along with every
 * other; ranges are the domain's to check ({@code SimulationParameters.of}).
 */
final class SimulationRequestReader {

  static final Set<String> FIELDS =
      Set.of(
          "kind",
          "protocols",
          "fromKm",
          "toKm",
          "points",
          "repetitionRateHz",
          "architectures",
          "devices",
          "gateways",
          "hours",
          "seed",
          "protocol",
          "keyMode",
          "areaKm",
          "rekeyPeriodSeconds",
          "nodeFailure");

  private final JsonObject body;
  private final List<InvalidInputException.Violation> violations = new ArrayList<>();

  private SimulationRequestReader(JsonObject body) {
    this.body = body;
  }

  /**
   * @param text the body; empty or blank means {@code {}}
   * @throws InvalidInputException naming every field of the wrong type or unknown
   */
  static SimulationRequest read(String text) {
    if (text == null || text.isBlank()) {
      return SimulationRequest.empty();
    }
    JsonObject body;
    try {
      body = JsonParsing.object(text);
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      throw new InvalidInputException("body", "must be a JSON object");
    }
    SimulationRequestReader reader = new SimulationRequestReader(body);
    SimulationRequest request = reader.request();
    if (!reader.violations.isEmpty()) {
      throw new InvalidInputException(reader.violations);
    }
    return request;
  }

  private SimulationRequest request() {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        violations.add(
            new InvalidInputException.Violation(field, "is not a field of a simulation request"));
      }
    }
    return new SimulationRequest(
        string("kind"),
        strings("protocols"),
        number("fromKm"),
        number("toKm"),
        integer("points"),
        number("repetitionRateHz"),
        strings("architectures"),
        integer("devices"),
        integer("gateways"),
        number("hours"),
        longInteger("seed"),
        string("protocol"),
        string("keyMode"),
        number("areaKm"),
        number("rekeyPeriodSeconds"),
        bool("nodeFailure"));
  }

  private JsonValue value(String field) {
    JsonValue value = body.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  private String string(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    return wrongType(field, "a string");
  }

  private List<String> strings(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString s) {
      return List.of(s.getString());
    }
    if (!(value instanceof JsonArray array)) {
      return wrongType(field, "an array of strings");
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString s) {
        strings.add(s.getString());
      } else {
        wrongType(field + "[" + i + "]", "a string");
      }
    }
    return strings;
  }

  private Double number(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    return wrongType(field, "a number");
  }

  private Integer integer(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        return wrongType(field, "an integer within ±2^31");
      }
    }
    return wrongType(field, "an integer");
  }

  private Long longInteger(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.longValueExact();
      } catch (ArithmeticException e) {
        return wrongType(field, "an integer within ±2^63");
      }
    }
    return wrongType(field, "an integer");
  }

  private Boolean bool(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    return wrongType(field, "true or false");
  }

  private <T> T wrongType(String field, String expected) {
    violations.add(new InvalidInputException.Violation(field, "must be " + expected));
    return null;
  }
}
