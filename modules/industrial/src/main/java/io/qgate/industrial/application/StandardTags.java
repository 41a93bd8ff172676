package io.qgate.industrial.application;

import io.qgate.industrial.application.SignalModel.Analog;
import io.qgate.industrial.application.SignalModel.Counter;
import io.qgate.industrial.application.SignalModel.Switch;
import io.qgate.industrial.application.SignalModel.Text;
import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.DataType;
import java.util.List;

/**
 * The ten tags of a simulated PLC controlling a small reactor unit: plausible setpoints, noise and
 * limits for each, and every supported datatype in use. The vibration HI limit, 7.1 mm/s, is the
 * zone C/D boundary of ISO 10816-3 for medium machines; the other limits are typical operating
 * envelopes chosen so that normal noise and drift stay far inside them.
 */
public final class StandardTags {

  public static final List<TagTemplate> TEMPLATES =
      List.of(
          analog("reactor/temperature", DataType.DOUBLE, "°C", 40, 95, 1.0, 75, 0.2, 0.05, 120),
          analog("reactor/pressure", DataType.FLOAT, "bar", 1.0, 6.0, 0.1, 4.0, 0.02, 0.005, 60),
          analog("feed/flow", DataType.FLOAT, "m³/h", 5, 20, 0.5, 12, 0.1, 0.03, 60),
          analog("agitator/speed", DataType.INT32, "rpm", 1000, 1800, 20, 1450, 3, 1, 60),
          analog("tank/level", DataType.DOUBLE, "%", 10, 90, 2, 60, 0.3, 0.1, 300),
          analog(
              "pump/vibration",
              DataType.DOUBLE,
              "mm/s",
              Double.NEGATIVE_INFINITY,
              7.1,
              0.3,
              2.5,
              0.05,
              0.01,
              120),
          analog("motor/current", DataType.FLOAT, "A", 5, 45, 1, 32, 0.3, 0.05, 90),
          new TagTemplate(
              "outlet/valve_open", DataType.BOOLEAN, "", AlarmLimits.NONE, new Switch(5e-4)),
          new TagTemplate(
              "line/produced", DataType.INT64, "units", AlarmLimits.NONE, new Counter(0.5)),
          new TagTemplate(
              "batch/recipe",
              DataType.STRING,
              "",
              AlarmLimits.NONE,
              new Text(List.of("RECIPE-A", "RECIPE-B", "CIP"), 2e-4)));

  private StandardTags() {}

  private static TagTemplate analog(
      String path,
      DataType type,
      String unit,
      double low,
      double high,
      double deadband,
      double setpoint,
      double noise,
      double drift,
      double tau) {
    return new TagTemplate(
        path,
        type,
        unit,
        AlarmLimits.of(low, high, deadband),
        new Analog(setpoint, noise, drift, tau));
  }
}
