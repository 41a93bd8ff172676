package io.qgate.grid.domain.alarm;

import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.grid.domain.synchrophasor.TimeQuality;
import io.qgate.platform.domain.alert.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * The alarm state of one PMU: its three rules, fed frame by frame in measurement order. Data the
 * PMU flags as unusable raises the data-invalid alarm and is kept away from the frequency and ROCOF
 * rules (§6.3 Table 6: "do not use values"), which keep their state until usable data returns. Not
 * thread-safe: the monitor owning it runs on one consumer thread.
 */
public final class PmuWatch {

  private final GridAlerts alerts;
  private final double nominalHz;
  private final int timeBase;
  private final FrequencyExcursionRule frequency;
  private final RocofRule rocof;
  private final DataValidityRule validity = new DataValidityRule();

  public PmuWatch(Substation substation, Pmu pmu, AlarmThresholds thresholds) {
    this.alerts = new GridAlerts(substation, pmu, thresholds);
    this.nominalHz = pmu.nominalFrequency().hertz();
    this.timeBase = pmu.timeBase();
    this.frequency = new FrequencyExcursionRule(thresholds);
    this.rocof = new RocofRule(thresholds);
  }

  /** The alerts {@code frame} raises: usually none (an immutable empty list, no allocation). */
  public List<Alert> inspect(SynchrophasorFrame frame) {
    float f = frame.frequency();
    float df = frame.rocof();
    boolean usable =
        StatWord.usable(frame.stat())
            && TimeQuality.indicatorCode(frame.timeQuality()) != TimeQuality.CLOCK_FAILURE
            && Float.isFinite(f)
            && Float.isFinite(df);
    List<Alert> raised = null;
    Transition v = validity.update(usable);
    if (v != Transition.NONE) {
      raised = add(raised, alerts.dataValidity(v, frame));
    }
    if (!usable) {
      rocof.interrupt();
      return raised == null ? List.of() : raised;
    }
    Transition ft = frequency.update(Math.abs(f - nominalHz));
    if (ft != Transition.NONE) {
      raised = add(raised, alerts.frequency(ft, frequency.severity(), f, df));
    }
    Transition rt = rocof.update(frame.epochNanos(timeBase), df);
    if (rt != Transition.NONE) {
      raised = add(raised, alerts.rocof(rt, f, df));
    }
    return raised == null ? List.of() : raised;
  }

  private static List<Alert> add(List<Alert> list, Alert alert) {
    List<Alert> out = list == null ? new ArrayList<>(2) : list;
    out.add(alert);
    return out;
  }

  public boolean frequencyAlarmActive() {
    return frequency.active();
  }

  public boolean rocofAlarmActive() {
    return rocof.active();
  }

  public boolean dataInvalidAlarmActive() {
    return validity.active();
  }
}
