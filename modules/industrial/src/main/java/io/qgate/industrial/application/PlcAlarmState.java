package io.qgate.industrial.application;

import io.qgate.industrial.domain.alarm.LimitState;
import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.QualitySeverity;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.Tag;
import io.qgate.platform.domain.alert.Alert;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the monitor remembers of one PLC, and the alarm transitions on it: the last seq, and per tag
 * (by its index in the PLC's configuration) its limit state and quality severity. An alert is added
 * only when a state changes, so each alarm is raised once and cleared once (ISA-18.2's alarm
 * states) instead of repeated on every payload.
 */
final class PlcAlarmState {

  /**
   * Unknown aliases reported per PLC before going quiet, so a broken gateway cannot grow memory.
   */
  static final int MAX_REPORTED_UNKNOWN = 64;

  final Plc plc;
  private final LimitState[] limits;
  private final QualitySeverity[] quality;
  private final Set<Long> reportedUnknownAliases = new HashSet<>();
  private int lastSeq = -1;

  PlcAlarmState(Plc plc) {
    this.plc = plc;
    int tags = plc.tags().size();
    limits = new LimitState[tags];
    quality = new QualitySeverity[tags];
    Arrays.fill(limits, LimitState.NORMAL);
    Arrays.fill(quality, QualitySeverity.GOOD);
  }

  /**
   * A seq that does not follow the last one means lost payloads (Sparkplug 3.0, §6.4, Payload
   * "seq").
   */
  void sequence(int seq, List<Alert> alerts) {
    if (lastSeq >= 0) {
      int missing = MetricsPayload.missingBetween(lastSeq, seq);
      if (missing != 0) {
        alerts.add(AlarmAlerts.gap(plc, lastSeq, seq, missing));
      }
    }
    lastSeq = seq;
  }

  /** A new quality severity clears the alarm of the old one (if not Good) and raises its own. */
  void quality(int index, Metric metric, List<Alert> alerts) {
    QualitySeverity before = quality[index];
    QualitySeverity now = metric.quality().severity();
    if (before == now) {
      return;
    }
    Tag tag = plc.tags().get(index);
    if (before != QualitySeverity.GOOD) {
      alerts.add(AlarmAlerts.quality(plc, tag, metric, before, true));
    }
    if (now != QualitySeverity.GOOD) {
      alerts.add(AlarmAlerts.quality(plc, tag, metric, now, false));
    }
    quality[index] = now;
  }

  /** The limit state after a Good value, through the tag's deadband hysteresis. */
  void limits(int index, Metric metric, List<Alert> alerts) {
    Tag tag = plc.tags().get(index);
    if (!tag.hasLimits()) {
      return;
    }
    LimitState before = limits[index];
    LimitState now = tag.limits().next(before, metric.asDouble());
    if (before == now) {
      return;
    }
    if (before != LimitState.NORMAL) {
      alerts.add(AlarmAlerts.threshold(plc, tag, metric, before, true));
    }
    if (now != LimitState.NORMAL) {
      alerts.add(AlarmAlerts.threshold(plc, tag, metric, now, false));
    }
    limits[index] = now;
  }

  /** Reports an alias the configuration lacks, once per alias and PLC. */
  void unknownAlias(Metric metric, List<Alert> alerts) {
    if (reportedUnknownAliases.size() < MAX_REPORTED_UNKNOWN
        && reportedUnknownAliases.add(metric.alias())) {
      alerts.add(AlarmAlerts.unknownTag(plc, metric));
    }
  }
}
