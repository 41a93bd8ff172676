package io.qgate.qkd.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results as rows of named values, printed in any {@link OutputFormat}: an aligned table, JSON (one
 * object for a single row, an array otherwise), or CSV with a header. Every command prints through
 * this, so the formats stay alike across commands.
 */
public final class Report {

  private final List<Map<String, Object>> rows;
  private final boolean single;

  private Report(List<Map<String, Object>> rows, boolean single) {
    this.rows = rows;
    this.single = single;
  }

  /** One result: JSON prints it as an object. */
  public static Report single(Map<String, Object> row) {
    return new Report(List.of(new LinkedHashMap<>(row)), true);
  }

  /** A series (a sweep): JSON prints an array, even of one element. */
  public static Report series(List<? extends Map<String, Object>> rows) {
    List<Map<String, Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(new LinkedHashMap<>(r)));
    return new Report(copy, false);
  }

  public void print(OutputFormat format, PrintWriter out) {
    switch (format) {
      case JSON -> out.println(json());
      case CSV -> csv(out);
      case TABLE -> table(out);
    }
    out.flush();
  }

  private String json() {
    if (single) {
      return object(rows.get(0)).build().toString();
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(r -> array.add(object(r)));
    return array.build().toString();
  }

  private static JsonObjectBuilder object(Map<String, Object> row) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    row.forEach(
        (name, value) -> {
          if (value == null) {
            object.addNull(name);
          } else if (value instanceof Boolean b) {
            object.add(name, b);
          } else if (value instanceof Integer || value instanceof Long) {
            object.add(name, ((Number) value).longValue());
          } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            object.add(name, n.doubleValue());
          } else {
            // JSON has no NaN or infinity; they travel as strings.
            object.add(name, String.valueOf(value));
          }
        });
    return object;
  }

  private List<String> columns() {
    List<String> columns = new ArrayList<>();
    rows.forEach(r -> r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
    return columns;
  }

  private void csv(PrintWriter out) {
    List<String> columns = columns();
    out.println(String.join(",", columns));
    for (Map<String, Object> row : rows) {
      List<String> cells = new ArrayList<>();
      columns.forEach(c -> cells.add(csvCell(row.get(c))));
      out.println(String.join(",", cells));
    }
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  private void table(PrintWriter out) {
    List<String> columns = columns();
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<String> line = new ArrayList<>();
      columns.forEach(c -> line.add(tableCell(row.get(c))));
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<String> line : cells) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    out.println(line(columns, widths));
    cells.forEach(line -> out.println(line(line, widths)));
  }

  private static String tableCell(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == 0 || !Double.isFinite(d)
          ? String.valueOf(d)
          : String.format(Locale.ROOT, "%.4g", d);
    }
    return value == null ? "-" : String.valueOf(value);
  }

  private static String line(List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      line.append(" ".repeat(widths[i] - v.length())).append(v);
      if (i < values.size() - 1) {
        line.append("  ");
      }
    }
    return line.toString();
  }
}
