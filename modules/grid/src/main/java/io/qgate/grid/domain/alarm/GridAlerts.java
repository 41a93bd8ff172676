package io.qgate.grid.domain.alarm;

import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.grid.domain.synchrophasor.TimeQuality;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the alerts of one PMU in the shape of {@code qgate.alerts.v1}: tenant UTILITY, source the
 * PMU's device id, a one-line message for the console and details (frequency, rocof, nominal,
 * threshold, substation, IDCODE) for dashboards. Only called on a transition, so its allocations do
 * not matter.
 */
final class GridAlerts {

  private final Substation substation;
  private final Pmu pmu;
  private final AlarmThresholds thresholds;

  GridAlerts(Substation substation, Pmu pmu, AlarmThresholds thresholds) {
    this.substation = substation;
    this.pmu = pmu;
    this.thresholds = thresholds;
  }

  Alert frequency(Transition t, String severity, double f, double rocof) {
    double nominal = pmu.nominalFrequency().hertz();
    String message =
        switch (t) {
          case CLEARED -> fmt("frequency back to %.3f Hz at %s", f, where());
          case ESCALATED ->
              fmt("frequency %.3f Hz at %s: beyond the critical deviation", f, where());
          default ->
              fmt(
                  "frequency %.3f Hz at %s deviates %.0f mHz from %.0f Hz (limit %.0f mHz)",
                  f,
                  where(),
                  Math.abs(f - nominal) * 1000,
                  nominal,
                  thresholds.frequencyDeviationHz() * 1000);
        };
    return alert(
        GridAlarmType.GRID_FREQUENCY_EXCURSION,
        t,
        severity,
        message,
        f,
        rocof,
        t == Transition.ESCALATED
            ? thresholds.frequencyCriticalHz()
            : thresholds.frequencyDeviationHz());
  }

  Alert rocof(Transition t, double f, double rocof) {
    String severity =
        Math.abs(rocof) >= thresholds.rocofCriticalHzPerSecond() ? "CRITICAL" : "WARNING";
    String message =
        t == Transition.CLEARED
            ? fmt("ROCOF back to %.2f Hz/s at %s", rocof, where())
            : fmt(
                "ROCOF %.2f Hz/s at %s beyond %.1f Hz/s for %d ms",
                rocof, where(), thresholds.rocofHzPerSecond(), thresholds.rocofWindow().toMillis());
    return alert(
        GridAlarmType.GRID_ROCOF, t, severity, message, f, rocof, thresholds.rocofHzPerSecond());
  }

  Alert dataValidity(Transition t, SynchrophasorFrame frame) {
    String message =
        t == Transition.CLEARED
            ? fmt("PMU data valid again at %s", where())
            : fmt("PMU data unusable at %s: %s", where(), reason(frame));
    Map<String, Object> details = base(frame.frequency(), frame.rocof());
    details.put("stat", String.format(Locale.ROOT, "0x%04X", frame.stat()));
    return Alert.device(
        typeOf(GridAlarmType.GRID_PMU_DATA_INVALID, t),
        t == Transition.CLEARED ? "INFO" : "WARNING",
        Tenant.UTILITY,
        pmu.deviceId(),
        message,
        details);
  }

  private static String reason(SynchrophasorFrame frame) {
    String stat = StatWord.describe(frame.stat());
    if (!"ok".equals(stat)) {
      return stat;
    }
    if (TimeQuality.indicatorCode(frame.timeQuality()) == TimeQuality.CLOCK_FAILURE) {
      return "clock failure, time not reliable (FRACSEC time quality 0xF)";
    }
    return "FREQ/DFREQ absent (NaN)";
  }

  private Alert alert(
      GridAlarmType type,
      Transition t,
      String severity,
      String message,
      double f,
      double rocof,
      double threshold) {
    Map<String, Object> details = base(f, rocof);
    details.put("threshold", threshold);
    return Alert.device(
        typeOf(type, t),
        t == Transition.CLEARED ? "INFO" : severity,
        Tenant.UTILITY,
        pmu.deviceId(),
        message,
        details);
  }

  private Map<String, Object> base(double f, double rocof) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (Double.isFinite(f)) {
      details.put("frequency", round(f, 4));
    }
    if (Double.isFinite(rocof)) {
      details.put("rocof", round(rocof, 3));
    }
    details.put("nominal", pmu.nominalFrequency().hertz());
    details.put("substation", substation.id());
    details.put("substationName", substation.name());
    details.put("idcode", pmu.idCode());
    return details;
  }

  private static String typeOf(GridAlarmType type, Transition t) {
    return (t == Transition.CLEARED ? type.cleared() : type).name();
  }

  private String where() {
    return pmu.deviceId() + " (" + substation.name() + ")";
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
