package io.qgate.policy.domain;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores a set as its sorted, comma-separated members (the policy columns are short lists). */
abstract class CommaSeparated<T> implements AttributeConverter<Set<T>, String> {

  private final Function<String, T> parse;

  CommaSeparated(Function<String, T> parse) {
    this.parse = parse;
  }

  @Override
  public String convertToDatabaseColumn(Set<T> values) {
    return values.stream()
        .map(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining(","));
  }

  @Override
  public Set<T> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(column.split(","))
        .map(String::trim)
        .map(parse)
        .collect(Collectors.toSet());
  }
}
