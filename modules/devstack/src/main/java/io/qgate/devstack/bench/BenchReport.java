package io.qgate.devstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The result of {@code ./qgate bench etsi} as text (one line per mode) or as JSON. */
public final class BenchReport {

  private BenchReport() {}

  /** Human-readable: a header, one line per mode, the checks, the client's side of the machine. */
  public static List<String> text(BenchResult result) {
    EtsiBenchSettings s = result.settings();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "bench etsi %s: %s, %d clients, %d-bit keys, %d per request, warm-up %d s, measured"
                + " %.1f s",
            s.mode().label(),
            s.url(),
            s.clients(),
            s.sizeBits(),
            s.number(),
            s.warmup().toSeconds(),
            result.modes().isEmpty() ? 0.0 : result.modes().get(0).seconds()));
    for (ModeResult mode : result.modes()) {
      lines.add(modeLine(mode));
      mode.nonOkMessages().forEach((status, message) -> lines.add("  " + status + ": " + message));
      if (mode.firstError() != null) {
        lines.add("  no answer: " + mode.firstError());
      }
    }
    if (result.note() != null) {
      lines.add("note: " + result.note());
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "checks: %,d key_IDs issued, %d duplicates; %,d keys fetched by dec_keys, %d"
                + " mismatches%s",
            result.keyIdsIssued(),
            result.duplicates(),
            result.keysVerified(),
            result.mismatches(),
            result.verified() ? " (ok)" : " (FAILED)"));
    result.problems().forEach(problem -> lines.add("  " + problem));
    lines.add(
        String.format(
            Locale.ROOT,
            "client: %d TLS connections (%d in the window), %s of %d cores; machine %s busy",
            result.tlsConnections(),
            result.tlsConnectionsMeasured(),
            Double.isNaN(result.clientCpuCores())
                ? "unknown CPU"
                : String.format(Locale.ROOT, "%.2f", result.clientCpuCores()),
            result.processors(),
            Double.isNaN(result.machineBusy())
                ? "unknown"
                : String.format(Locale.ROOT, "%.0f%%", 100 * result.machineBusy())));
    return lines;
  }

  /** {@code enc 3,012.4 req/s ... p99 19.80 ... non-200: 503 x 12}. */
  static String modeLine(ModeResult mode) {
    LatencySummary l = mode.latency();
    StringJoiner nonOk = new StringJoiner(", ");
    mode.nonOk().forEach((status, count) -> nonOk.add(status + " x " + count));
    return String.format(
        Locale.ROOT,
        "%-4s %,10.1f req/s %,10.1f keys/s  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f"
            + " ms  served %,d  non-200: %s  no answer: %d",
        mode.mode(),
        mode.requestsPerSecond(),
        mode.keysPerSecond(),
        LatencySummary.millis(l.p50()),
        LatencySummary.millis(l.p90()),
        LatencySummary.millis(l.p99()),
        LatencySummary.millis(l.p999()),
        LatencySummary.millis(l.maxNanos()),
        mode.served(),
        nonOk.length() == 0 ? "none" : nonOk.toString(),
        mode.errors());
  }

  /** The same as one JSON object. */
  public static String json(BenchResult result) {
    EtsiBenchSettings s = result.settings();
    StringBuilder json = new StringBuilder("{");
    json.append("\"url\":").append(Json.quote(s.url().toString()));
    json.append(",\"mode\":").append(Json.quote(s.mode().label()));
    json.append(",\"clients\":").append(s.clients());
    json.append(",\"warmupSeconds\":").append(s.warmup().toSeconds());
    json.append(",\"seconds\":").append(s.measure().toSeconds());
    json.append(",\"sizeBits\":").append(s.sizeBits());
    json.append(",\"number\":").append(s.number());
    json.append(",\"masterSae\":").append(Json.quote(s.masterSae()));
    json.append(",\"slaveSae\":").append(Json.quote(s.slaveSae()));
    json.append(",\"storedKeysBefore\":").append(result.storedKeysBefore());
    json.append(",\"reservedInWarmup\":").append(result.reservedInWarmup());
    json.append(",\"modes\":[");
    StringJoiner modes = new StringJoiner(",");
    result.modes().forEach(mode -> modes.add(modeJson(mode)));
    json.append(modes).append(']');
    json.append(",\"verification\":{\"ok\":").append(result.verified());
    json.append(",\"keyIdsIssued\":").append(result.keyIdsIssued());
    json.append(",\"keysVerified\":").append(result.keysVerified());
    json.append(",\"duplicates\":").append(result.duplicates());
    json.append(",\"mismatches\":").append(result.mismatches());
    StringJoiner problems = new StringJoiner(",", "[", "]");
    result.problems().forEach(p -> problems.add(Json.quote(p)));
    json.append(",\"problems\":").append(problems).append('}');
    json.append(",\"client\":{\"tlsConnections\":").append(result.tlsConnections());
    json.append(",\"tlsConnectionsInWindow\":").append(result.tlsConnectionsMeasured());
    json.append(",\"cpuCores\":").append(number(result.clientCpuCores()));
    json.append(",\"processors\":").append(result.processors());
    json.append(",\"machineBusy\":").append(number(result.machineBusy())).append('}');
    json.append(",\"note\":").append(result.note() == null ? "null" : Json.quote(result.note()));
    return json.append('}').toString();
  }

  private static String modeJson(ModeResult mode) {
    LatencySummary l = mode.latency();
    StringBuilder json = new StringBuilder("{");
    json.append("\"mode\":").append(Json.quote(mode.mode()));
    json.append(",\"seconds\":").append(number(mode.seconds()));
    json.append(",\"served\":").append(mode.served());
    json.append(",\"keys\":").append(mode.keys());
    json.append(",\"requestsPerSecond\":").append(number(mode.requestsPerSecond()));
    json.append(",\"keysPerSecond\":").append(number(mode.keysPerSecond()));
    json.append(",\"latencyMs\":{");
    json.append("\"mean\":").append(number(LatencySummary.millis(l.meanNanos())));
    json.append(",\"p50\":").append(number(LatencySummary.millis(l.p50())));
    json.append(",\"p90\":").append(number(LatencySummary.millis(l.p90())));
    json.append(",\"p99\":").append(number(LatencySummary.millis(l.p99())));
    json.append(",\"p999\":").append(number(LatencySummary.millis(l.p999())));
    json.append(",\"max\":").append(number(LatencySummary.millis(l.maxNanos()))).append('}');
    StringJoiner nonOk = new StringJoiner(",", "{", "}");
    for (Map.Entry<Integer, Long> entry : mode.nonOk().entrySet()) {
      nonOk.add(Json.quote(entry.getKey().toString()) + ":" + entry.getValue());
    }
    json.append(",\"nonOk\":").append(nonOk);
    StringJoiner messages = new StringJoiner(",", "{", "}");
    for (Map.Entry<Integer, String> entry : mode.nonOkMessages().entrySet()) {
      messages.add(Json.quote(entry.getKey().toString()) + ":" + Json.quote(entry.getValue()));
    }
    json.append(",\"nonOkMessages\":").append(messages);
    json.append(",\"noAnswer\":").append(mode.errors());
    json.append(",\"firstNoAnswer\":")
        .append(mode.firstError() == null ? "null" : Json.quote(mode.firstError()));
    return json.append('}').toString();
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
