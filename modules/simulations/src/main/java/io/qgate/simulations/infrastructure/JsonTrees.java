package io.qgate.simulations.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON-P tree as plain maps, lists, strings, numbers, booleans and nulls, in document order. */
final class JsonTrees {

  private JsonTrees() {}

  static Map<String, Object> toMap(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((key, value) -> map.put(key, plain(value)));
    return map;
  }

  static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> toMap(value.asJsonObject());
      case ARRAY -> list(value.asJsonArray());
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  private static List<Object> list(JsonArray array) {
    List<Object> list = new ArrayList<>(array.size());
    array.forEach(v -> list.add(plain(v)));
    return list;
  }

  private static Number number(JsonNumber n) {
    if (n.isIntegral()) {
      long l = n.longValue();
      return l == (int) l ? Integer.valueOf((int) l) : Long.valueOf(l);
    }
    return n.doubleValue();
  }
}
