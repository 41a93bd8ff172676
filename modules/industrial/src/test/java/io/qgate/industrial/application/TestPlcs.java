package io.qgate.industrial.application;

import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.DataType;
import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.MetricsPayloadCodec;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.Plant;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.ProductionLine;
import io.qgate.industrial.domain.plant.Tag;
import java.time.Instant;
import java.util.List;

/** A small PLC with a temperature (HI 95, LO 40, deadband 1) and a valve, and its payloads. */
final class TestPlcs {

  static final String ID = "plc-plant1-line1-1";
  static final long TEMPERATURE = 1;
  static final long VALVE = 2;
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static final Plc PLC =
      new Plc(
          ID,
          new ProductionLine("line1", new Plant("plant1", "Plant 1")),
          List.of(
              new Tag(
                  "line1/reactor/temperature",
                  TEMPERATURE,
                  DataType.DOUBLE,
                  "°C",
                  AlarmLimits.of(40, 95, 1.0)),
              Tag.of("line1/outlet/valve_open", VALVE, DataType.BOOLEAN, "")));

  private TestPlcs() {}

  static byte[] payload(int seq, double temperature) {
    return payload(seq, temperature, StatusCode.GOOD);
  }

  static byte[] payload(int seq, double temperature, StatusCode quality) {
    long t = T0.toEpochMilli() + seq * 1000L;
    return MetricsPayloadCodec.encode(
        new MetricsPayload(
            t,
            seq & 0xFF,
            List.of(
                Metric.ofDouble(TEMPERATURE, t, quality, temperature),
                Metric.ofBoolean(VALVE, t, StatusCode.GOOD, true))));
  }
}
