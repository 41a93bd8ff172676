package io.qgate.netsim.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The run for people: the JSON document's fields as aligned "name value" lines, the tiers as a
 * table; the per-bin series is left to the JSON and the charts.
 */
public final class TextReport {

  private TextReport() {}

  public static void print(JsonObject document, PrintWriter out) {
    lines(document, "", out);
    out.flush();
  }

  private static void lines(JsonObject object, String prefix, PrintWriter out) {
    for (var entry : object.entrySet()) {
      String name = prefix + entry.getKey();
      JsonValue value = entry.getValue();
      if (value instanceof JsonObject nested) {
        lines(nested, name + ".", out);
      } else if (value instanceof JsonArray array && entry.getKey().equals("tiers")) {
        tiers(array, out);
      } else if (!(value instanceof JsonArray)) {
        out.printf(Locale.ROOT, "%-40s %s%n", name, text(value));
      }
    }
  }

  private static void tiers(JsonArray tiers, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-10s %6s %7s %14s %14s %14s %9s%n",
        "tier",
        "links",
        "beyond",
        "supply b/s",
        "after fail b/s",
        "consumed b/s",
        "max use");
    for (JsonValue v : tiers) {
      JsonObject t = v.asJsonObject();
      out.printf(
          Locale.ROOT,
          "%-10s %6d %7d %14.4g %14.4g %14.4g %9.3g%n",
          t.getString("tier"),
          t.getInt("links"),
          t.getInt("beyondReach"),
          t.getJsonNumber("supplyBitsPerSecond").doubleValue(),
          t.getJsonNumber("supplyAfterFailureBitsPerSecond").doubleValue(),
          t.getJsonNumber("consumedBitsPerSecond").doubleValue(),
          t.getJsonNumber("busiestLinkUse").doubleValue());
    }
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonNumber n && !n.isIntegral()) {
      return String.format(Locale.ROOT, "%.4g", n.doubleValue());
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }
}
