package io.qgate.devstack.bench;

import java.util.Map;
import java.util.TreeMap;

/** What one client saw of one kind of request in the measured window; merged at the end. */
final class ModeStats {

  final LatencyRecorder served = new LatencyRecorder();
  final Map<Integer, Long> statuses = new TreeMap<>();
  final Map<Integer, String> messages = new TreeMap<>();
  long keys;
  long errors;
  String firstError;

  /** A 200 with {@code keyCount} keys that took {@code nanos}. */
  void served(long nanos, int keyCount) {
    served.record(nanos);
    keys += keyCount;
  }

  /** An answer other than 200, with the ETSI message it carried. */
  void status(int status, String message) {
    statuses.merge(status, 1L, Long::sum);
    messages.putIfAbsent(status, message);
  }

  /** A request that got no answer (connection lost, timeout, TLS failure). */
  void error(String what) {
    errors++;
    if (firstError == null) {
      firstError = what;
    }
  }
}
