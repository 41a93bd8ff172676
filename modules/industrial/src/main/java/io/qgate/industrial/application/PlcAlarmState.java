package io.qgate.industrial.application;

import io.qgate.industrial.domain.alarm.LimitState;
import io.qgate.industrial.domain.metric.QualitySeverity;
import io.qgate.industrial.domain.plant.Plc;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What the monitor remembers of one PLC: the last seq, and per tag (by its index in the PLC's
 * configuration) its limit state and quality severity, so each alarm is raised once and cleared
 * once instead of on every payload.
 */
final class PlcAlarmState {

  /**
   * Unknown aliases reported per PLC before going quiet, so a broken gateway cannot grow memory.
   */
  static final int MAX_REPORTED_UNKNOWN = 64;

  final Plc plc;
  final LimitState[] limits;
  final QualitySeverity[] quality;
  final Set<Long> reportedUnknownAliases = new HashSet<>();
  int lastSeq = -1;

  PlcAlarmState(Plc plc) {
    this.plc = plc;
    int tags = plc.tags().size();
    limits = new LimitState[tags];
    quality = new QualitySeverity[tags];
    Arrays.fill(limits, LimitState.NORMAL);
    Arrays.fill(quality, QualitySeverity.GOOD);
  }

  /** Whether an unknown alias is new (and worth one alert). */
  boolean firstUnknown(long alias) {
    return reportedUnknownAliases.size() < MAX_REPORTED_UNKNOWN
        && reportedUnknownAliases.add(alias);
  }
}
