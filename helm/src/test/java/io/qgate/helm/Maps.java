package io.qgate.helm;

import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML: maps of maps and lists, failing with the path that is missing. */
final class Maps {

  private Maps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    if (!(value instanceof Map)) {
      throw new AssertionError("not a map: " + value);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw new AssertionError("not a list: " + value);
    }
    return (List<Object>) value;
  }

  static List<Map<String, Object>> maps(Object value) {
    return list(value).stream().map(Maps::map).toList();
  }

  /** The map at {@code path}; fails if a step is missing. */
  static Map<String, Object> at(Map<String, Object> root, String... path) {
    Object value = get(root, path);
    if (value == null) {
      throw new AssertionError("missing " + String.join(".", path));
    }
    return map(value);
  }

  /** The value at {@code path}, or null. */
  static Object get(Map<String, Object> root, String... path) {
    Object current = root;
    for (String step : path) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(step);
    }
    return current;
  }
}
