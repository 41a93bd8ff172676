package io.qgate.platform.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.PageRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters read as text and parsed here, so that a wrong value is a 400 naming the
 * parameter and its allowed values rather than the runtime's bare 404.
 */
public final class QueryParams {

  private QueryParams() {}

  public static final int DEFAULT_PAGE_SIZE = 50;

  /** A page request from the {@code page} and {@code size} parameters, defaulting to 0 and 50. */
  public static PageRequest page(String page, String size) {
    return new PageRequest(intValue(page, 0, "page"), intValue(size, DEFAULT_PAGE_SIZE, "size"));
  }

  /** A whole number in [min, max], or null when the parameter is absent. */
  public static Integer intInRange(String value, int min, int max, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int number = intValue(value, min, parameter);
    if (number < min || number > max) {
      throw new InvalidInputException(parameter, "must be between " + min + " and " + max);
    }
    return number;
  }

  static int intValue(String value, int defaultValue, String parameter) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(parameter, "must be a whole number");
    }
  }

  /** The constant named by {@code value}, or null when the parameter is absent. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidInputException(parameter, "must be one of " + allowed);
    }
  }
}
