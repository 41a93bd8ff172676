package io.qgate.devstack.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The measured window of one kind of request (enc_keys or dec_keys), all clients together. Only 200
 * answers count as served; their latencies make the percentiles.
 *
 * @param mode {@code enc} or {@code dec}
 * @param seconds the measured window
 * @param latency of the served requests
 * @param keys keys the served requests carried
 * @param nonOk answers other than 200 by status
 * @param nonOkMessages the first ETSI message seen for each of those statuses
 * @param errors requests without an answer (connection lost, timeout)
 * @param firstError what the first of those was, or null
 */
public record ModeResult(
    String mode,
    double seconds,
    LatencySummary latency,
    long keys,
    SortedMap<Integer, Long> nonOk,
    SortedMap<Integer, String> nonOkMessages,
    long errors,
    String firstError) {

  /** Requests answered 200. */
  public long served() {
    return latency.count();
  }

  public double requestsPerSecond() {
    return seconds > 0 ? served() / seconds : 0;
  }

  public double keysPerSecond() {
    return seconds > 0 ? keys / seconds : 0;
  }

  static ModeResult merge(String mode, double seconds, List<ModeStats> stats) {
    List<LatencyRecorder> recorders = new ArrayList<>();
    SortedMap<Integer, Long> nonOk = new TreeMap<>();
    SortedMap<Integer, String> messages = new TreeMap<>();
    long keys = 0;
    long errors = 0;
    String firstError = null;
    for (ModeStats s : stats) {
      recorders.add(s.served);
      s.statuses.forEach((status, count) -> nonOk.merge(status, count, Long::sum));
      for (Map.Entry<Integer, String> message : s.messages.entrySet()) {
        messages.putIfAbsent(message.getKey(), message.getValue());
      }
      keys += s.keys;
      errors += s.errors;
      if (firstError == null) {
        firstError = s.firstError;
      }
    }
    return new ModeResult(
        mode,
        seconds,
        LatencySummary.of(recorders),
        keys,
        Collections.unmodifiableSortedMap(nonOk),
        Collections.unmodifiableSortedMap(messages),
        errors,
        firstError);
  }
}
