package io.qgate.simulations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.cli.QkdCli;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;
import io.qgate.simulations.domain.KeyRateSweepParameters;
import io.qgate.simulations.domain.KeyRateSweepResult;
import io.qgate.simulations.domain.KeyRateSweepResult.Point;
import io.qgate.simulations.domain.SimulationCancelledException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRateSweepSimulatorTest {

  private final KeyRateSweepSimulator simulator = new KeyRateSweepSimulator();

  private KeyRateSweepResult run(KeyRateSweepParameters parameters, List<Double> progress) {
    return (KeyRateSweepResult)
        simulator.run(parameters, (fraction, phase) -> progress.add(fraction));
  }

  @Test
  void aDecoySweepIsWhatTheEngineComputesForTheSameLink() {
    KeyRateSweepParameters parameters =
        new KeyRateSweepParameters(List.of("bb84-decoy"), 10, 150, 8, 1e9);
    KeyRateSweepResult result = run(parameters, new ArrayList<>());

    List<Point> points = result.series().get(0).points();
    assertThat(points).hasSize(8);
    for (Point point : points) {
      // The engine called directly: GYS fibre loss, vacuum + weak decoy, settings optimised.
      double eta = Decibels.toTransmittance(DvSystem.GYS.fibreLossDbPerKm() * point.distanceKm());
      KeyRate direct =
          KeyRateOptimiser.optimise(new VacuumWeakDecoyBb84(DvSystem.GYS), eta).keyRate();
      assertThat(point.transmittance()).isEqualTo(eta);
      assertThat(point.secretKeyRatePerPulse()).isEqualTo(direct.ratePerPulse());
      assertThat(point.secretKeyRateBps()).isEqualTo(direct.ratePerPulse() * 1e9);
      assertThat(point.qber()).isEqualTo(direct.qber());
      assertThat(point.mu()).isEqualTo(direct.mu());
    }
  }

  @Test
  void everyProtocolMatchesTheCommandLinesJsonPointForPoint() {
    // ./qgate sim keyrate --protocol P --distance-km 0:100:10 --format json, in process.
    List<String> protocols = List.of("bb84", "bb84-decoy", "sarg04", "e91", "cv-gg02");
    KeyRateSweepResult result =
        run(new KeyRateSweepParameters(protocols, 0, 100, 11, 1e9), new ArrayList<>());

    assertThat(result.series())
        .extracting(KeyRateSweepResult.Series::protocol)
        .isEqualTo(protocols);
    for (KeyRateSweepResult.Series series : result.series()) {
      JsonArray rows =
          cli(
              "sim",
              "keyrate",
              "--protocol",
              series.protocol(),
              "--distance-km",
              "0:100:10",
              "--format",
              "json");
      assertThat(series.points()).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonObject row = rows.getJsonObject(i);
        Point point = series.points().get(i);
        String where = series.protocol() + " at " + point.distanceKm() + " km";
        assertThat(point.distanceKm()).as(where).isEqualTo(number(row, "distanceKm"));
        assertThat(point.transmittance()).as(where).isEqualTo(number(row, "transmittance"));
        assertThat(point.mu()).as(where).isEqualTo(number(row, "mu"));
        assertThat(point.gain()).as(where).isEqualTo(number(row, "gain"));
        assertThat(point.qber()).as(where).isEqualTo(number(row, "qber"));
        assertThat(point.secretKeyRatePerPulse())
            .as(where)
            .isEqualTo(number(row, "secretKeyRatePerPulse"));
        assertThat(point.secretKeyRateBps()).as(where).isEqualTo(number(row, "secretKeyRateBps"));
        assertThat(point.plobBoundPerPulse()).as(where).isEqualTo(number(row, "plobBoundPerPulse"));
        point
            .details()
            .forEach((k, v) -> assertThat(v).as(where + " " + k).isEqualTo(number(row, k)));
      }
    }
  }

  @Test
  void progressRisesPerPointToOneAndTheRateFallsWithDistance() {
    List<Double> progress = new ArrayList<>();
    KeyRateSweepResult result =
        run(new KeyRateSweepParameters(List.of("bb84", "bb84-decoy"), 0, 200, 21, 1e9), progress);
    assertThat(progress).hasSize(2 * 21 + 1).isSorted().startsWith(0.0).endsWith(1.0);
    for (KeyRateSweepResult.Series series : result.series()) {
      List<Double> rates = series.points().stream().map(Point::secretKeyRatePerPulse).toList();
      assertThat(rates.get(0)).isPositive();
      assertThat(rates).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
    // The PLOB bound is infinite at 0 km: null, as JSON has no infinity.
    assertThat(result.series().get(0).points().get(0).plobBoundPerPulse()).isNull();
  }

  @Test
  void everyProtocolsRateNeverRisesWithDistanceUpTo300Km() {
    KeyRateSweepResult result =
        run(
            new KeyRateSweepParameters(
                List.of("bb84", "bb84-decoy", "sarg04", "e91", "cv-gg02"), 0, 300, 200, 1e9),
            new ArrayList<>());
    for (KeyRateSweepResult.Series series : result.series()) {
      List<Double> rates = series.points().stream().map(Point::secretKeyRatePerPulse).toList();
      assertThat(rates)
          .as(series.protocol())
          .hasSize(200)
          .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
  }

  @Test
  void aCancelledSweepStopsAtTheNextPoint() {
    List<Double> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                simulator.run(
                    new KeyRateSweepParameters(List.of("bb84"), 0, 100, 50, 1e9),
                    (fraction, phase) -> {
                      seen.add(fraction);
                      if (seen.size() == 3) {
                        throw new SimulationCancelledException();
                      }
                    }))
        .isInstanceOf(SimulationCancelledException.class);
    assertThat(seen).hasSize(3);
  }

  private static JsonArray cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = QkdCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    return Json.createReader(new StringReader(out.toString())).readArray();
  }

  /** A figure of the command's JSON; it writes non-finite numbers as strings, the job as null. */
  private static Double number(JsonObject row, String key) {
    JsonValue value = row.get(key);
    return value instanceof JsonNumber n ? n.doubleValue() : null;
  }
}
