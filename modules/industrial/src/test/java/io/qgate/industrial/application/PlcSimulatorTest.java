package io.qgate.industrial.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.MetricsPayloadCodec;
import io.qgate.industrial.domain.metric.QualitySeverity;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.Tag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlcSimulatorTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  private static PlcSimulator simulator(SimulationProfile profile, long seed) {
    return new PlantFleet(new FleetLayout(10, 10, 1, 1), profile, seed).devices().get(0);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    PlantFleet a = new PlantFleet(200, 7);
    PlantFleet b = new PlantFleet(200, 7);
    PlantFleet c = new PlantFleet(200, 8);
    boolean differs = false;
    for (int s = 0; s < 300; s++) {
      Instant time = T0.plusSeconds(s);
      for (int d = 0; d < a.devices().size(); d++) {
        byte[] first = a.devices().get(d).nextReading(time);
        assertThat(b.devices().get(d).nextReading(time)).isEqualTo(first);
        differs |= !java.util.Arrays.equals(c.devices().get(d).nextReading(time), first);
      }
    }
    assertThat(differs).as("another seed gives other readings").isTrue();
  }

  @Test
  void normalOperationStaysPlausiblyInsideTheLimits() {
    PlcSimulator plc = simulator(SimulationProfile.quiet(1), 11);
    List<Tag> tags = plc.plc().tags();
    double[] sum = new double[tags.size()];
    long previousCount = -1;
    int n = 10_000;
    for (int s = 0; s < n; s++) {
      Instant time = T0.plusSeconds(s);
      MetricsPayload payload = MetricsPayloadCodec.decode(plc.nextReading(time));
      assertThat(payload.seq()).isEqualTo(s % 256);
      assertThat(payload.timestamp()).isEqualTo(time.toEpochMilli());
      assertThat(payload.metrics()).hasSize(10);
      for (int i = 0; i < tags.size(); i++) {
        Metric metric = payload.metrics().get(i);
        Tag tag = tags.get(i);
        assertThat(metric.alias()).isEqualTo(tag.alias());
        assertThat(metric.dataType()).isEqualTo(tag.dataType());
        assertThat(metric.quality()).isEqualTo(StatusCode.GOOD);
        if (tag.hasLimits()) {
          double v = metric.asDouble();
          assertThat(v)
              .as(tag.name())
              .isGreaterThan(tag.limits().low() + tag.limits().deadband())
              .isLessThan(tag.limits().high() - tag.limits().deadband());
          sum[i] += v;
        }
      }
      long count = payload.metrics().get(8).asLong();
      assertThat(count)
          .as("the production counter never goes back")
          .isGreaterThanOrEqualTo(previousCount);
      previousCount = count;
    }
    assertThat(sum[0] / n).as("temperature mean near its 75 °C setpoint").isBetween(73.0, 77.0);
    assertThat(sum[3] / n).as("agitator mean near 1450 rpm").isBetween(1400.0, 1500.0);
    assertThat(previousCount).as("about 0.5 units/s for 10,000 s").isBetween(4500L, 5500L);
  }

  @Test
  void noiseAndDriftMoveTheValues() {
    PlcSimulator plc = simulator(SimulationProfile.quiet(1), 5);
    double first = MetricsPayloadCodec.decode(plc.nextReading(T0)).metrics().get(0).asDouble();
    double min = first;
    double max = first;
    for (int s = 1; s < 600; s++) {
      double v =
          MetricsPayloadCodec.decode(plc.nextReading(T0.plusSeconds(s)))
              .metrics()
              .get(0)
              .asDouble();
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(max - min).isBetween(0.3, 10.0);
  }

  @Test
  void excursionsAndBadOrUncertainQualityHappenWhenAskedFor() {
    PlcSimulator plc = simulator(new SimulationProfile(1, 0.01, 0.005, 0.005, 0.002), 3);
    List<Tag> tags = plc.plc().tags();
    int beyond = 0;
    int bad = 0;
    int uncertain = 0;
    int commErrorsOnAllTags = 0;
    for (int s = 0; s < 5000; s++) {
      MetricsPayload payload = plc.nextPayload(T0.plusSeconds(s));
      for (int i = 0; i < tags.size(); i++) {
        Metric metric = payload.metrics().get(i);
        QualitySeverity severity = metric.quality().severity();
        bad += severity == QualitySeverity.BAD ? 1 : 0;
        uncertain += severity == QualitySeverity.UNCERTAIN ? 1 : 0;
        double v = metric.asDouble();
        if (severity == QualitySeverity.GOOD
            && tags.get(i).hasLimits()
            && (v > tags.get(i).limits().high() || v < tags.get(i).limits().low())) {
          beyond++;
        }
      }
      if (payload.metrics().stream()
          .allMatch(m -> m.quality().equals(StatusCode.BAD_COMMUNICATION_ERROR))) {
        commErrorsOnAllTags++;
      }
    }
    assertThat(beyond).isGreaterThan(100);
    assertThat(bad).isGreaterThan(100);
    assertThat(uncertain).isGreaterThan(100);
    assertThat(commErrorsOnAllTags).isGreaterThan(5);
  }

  @Test
  void aFasterRateStillLooksLikeTheSameProcess() {
    PlcSimulator plc = simulator(SimulationProfile.quiet(10), 9);
    assertThat(plc.readingsPerSecond()).isEqualTo(10.0);
    double sum = 0;
    for (int s = 0; s < 3000; s++) {
      sum += plc.nextPayload(T0.plusMillis(100L * s)).metrics().get(0).asDouble();
    }
    assertThat(sum / 3000).isBetween(73.0, 77.0);
  }
}
