package io.qgate.qkd.cli;

import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A session result as a report row: the contract's fields, then details and throughput. */
final class SessionRow {

  /** The columns a sweep shows as a table; JSON and CSV get every field. */
  private static final List<String> SUMMARY =
      List.of(
          "distanceKm",
          "eve",
          "detected",
          "siftedBits",
          "qber",
          "siftedQber",
          "analyticQber",
          "finalKeyBits",
          "aborted",
          "abortCode");

  private SessionRow() {}

  static Map<String, Object> of(SessionResult r) {
    SessionConfig c = r.config();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("protocol", c.protocol().cliName());
    row.put("distanceKm", c.distanceKm());
    row.put("transmittance", c.channelTransmittance());
    row.put("mu", c.signalIntensity());
    if (c.intensities().length > 1) {
      row.put("nu", c.intensities()[1]);
      row.put("signalProbability", c.intensityProbabilities()[0]);
      row.put("decoyProbability", c.intensityProbabilities()[1]);
      row.put("vacuumProbability", c.intensityProbabilities()[2]);
      row.put("keyBasisProbability", c.keyBasisProbability());
    } else {
      row.put("sampleFraction", c.sampleFraction());
    }
    row.put("eve", c.eve().name());
    if (c.eve() instanceof InterceptResendAttack ir) {
      row.put("interceptedFraction", ir.fraction());
    }
    row.put("pulsesSent", r.pulsesSent());
    row.put("detected", r.detected());
    row.put("gain", r.gain());
    row.put("siftedBits", r.siftedBits());
    row.put("sampleBits", r.sampleBits());
    row.put("qber", finite(r.qber()));
    row.put("qberUpperBound", finite(r.qberUpperBound()));
    row.put("qberThreshold", r.qberThreshold());
    row.put("siftedQber", finite(r.siftedQber()));
    row.put("ecKeyBits", r.ecKeyBits());
    row.put("ecDisclosedBits", r.ecDisclosedBits());
    row.put("ecEfficiency", finite(r.ecEfficiency()));
    row.put("verificationPassed", r.verificationPassed());
    row.put("finalKeyBits", r.finalKeyBits());
    row.put("authenticationKeyBits", r.authenticationKeyBits());
    row.put("netKeyBits", r.netKeyBits());
    row.put("keysIdentical", r.keysIdentical());
    row.put("blocks", r.blocks());
    row.put("blocksWithKey", r.blocksWithKey());
    row.put("aborted", r.aborted());
    row.put("abortCode", r.aborted() ? r.abort().code().name() : null);
    row.put("abortReason", r.aborted() ? r.abort().reason() : null);
    row.put("eveKnownKeyBits", r.eveKnownKeyBits());
    r.details().forEach((name, value) -> row.put(name, finite(value)));
    row.put("elapsedMs", r.elapsedNanos() / 1_000_000);
    row.put("pulsesPerSecond", r.pulsesPerSecond());
    row.put("simulatedSeconds", r.simulatedSeconds());
    row.put("finalKeyBitsPerSimulatedSecond", r.finalKeyBitsPerSimulatedSecond());
    row.put("finalKeyBitsPerWallSecond", r.finalKeyBitsPerWallSecond());
    row.put("secretKeyRatePerPulse", (double) r.finalKeyBits() / r.pulsesSent());
    return row;
  }

  /** One session as a two-column table, one field per line: a row of 50 columns is unreadable. */
  static List<Map<String, Object>> transposed(Map<String, Object> row) {
    List<Map<String, Object>> lines = new ArrayList<>();
    row.forEach(
        (name, value) -> {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("field", name);
          line.put("value", value);
          lines.add(line);
        });
    return lines;
  }

  static List<Map<String, Object>> summaries(List<Map<String, Object>> rows) {
    List<Map<String, Object>> summaries = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> summary = new LinkedHashMap<>();
      SUMMARY.forEach(column -> summary.put(column, row.get(column)));
      summaries.add(summary);
    }
    return summaries;
  }

  /** NaN (no data) travels as null: JSON has no NaN. */
  private static Double finite(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
