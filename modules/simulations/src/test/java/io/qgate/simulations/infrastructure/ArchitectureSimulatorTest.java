package io.qgate.simulations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.netsim.cli.NetworkSimCli;
import io.qgate.simulations.domain.ArchitectureParameters;
import io.qgate.simulations.domain.ArchitectureResult;
import io.qgate.simulations.domain.SimulationCancelledException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchitectureSimulatorTest {

  private final ArchitectureSimulator simulator = new ArchitectureSimulator();

  private static ArchitectureParameters parameters(
      List<String> architectures, String keyMode, boolean failure) {
    return new ArchitectureParameters(
        architectures, 400, 4, 0.25, 7, "bb84-decoy", keyMode, 150, 30, 1e9, failure);
  }

  @Test
  void eachRunIsTheDocumentTheCommandLinePrintsForTheSameInputs() {
    List<String> all = List.of("central", "distributed", "hierarchical", "hybrid");
    ArchitectureResult result =
        (ArchitectureResult) simulator.run(parameters(all, "derived", true), (f, p) -> {});
    assertThat(result.runs()).hasSize(4);
    for (int i = 0; i < all.size(); i++) {
      JsonObject cli =
          cli(
              "--architecture",
              all.get(i),
              "--devices",
              "400",
              "--gateways",
              "4",
              "--hours",
              "0.25",
              "--seed",
              "7",
              "--area-km",
              "150",
              "--rekey-period-s",
              "30",
              "--format",
              "json");
      assertThat(withoutWallClock(result.runs().get(i)))
          .as(all.get(i))
          .isEqualTo(withoutWallClock(JsonTrees.toMap(cli)));
    }
    assertThat(result.runs().get(0)).containsEntry("architecture", "central");
  }

  @Test
  void directKeysWithoutAFailureMatchTooAndProgressRisesToOne() {
    List<Double> progress = new ArrayList<>();
    ArchitectureResult result =
        (ArchitectureResult)
            simulator.run(
                parameters(List.of("hierarchical"), "direct", false),
                (fraction, phase) -> progress.add(fraction));
    JsonObject cli =
        cli(
            "--architecture",
            "hierarchical",
            "--devices",
            "400",
            "--gateways",
            "4",
            "--hours",
            "0.25",
            "--seed",
            "7",
            "--area-km",
            "150",
            "--rekey-period-s",
            "30",
            "--key-mode",
            "direct",
            "--no-failure",
            "--format",
            "json");
    assertThat(withoutWallClock(result.runs().get(0)))
        .isEqualTo(withoutWallClock(JsonTrees.toMap(cli)));
    assertThat(progress).hasSizeGreaterThan(100).isSorted().startsWith(0.0).endsWith(1.0);
  }

  @Test
  void aCancelledRunStopsWithinItsSlices() {
    List<Double> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                simulator.run(
                    parameters(List.of("central", "hybrid"), "derived", true),
                    (fraction, phase) -> {
                      seen.add(fraction);
                      if (fraction > 0.2) {
                        throw new SimulationCancelledException();
                      }
                    }))
        .isInstanceOf(SimulationCancelledException.class);
    assertThat(seen.get(seen.size() - 1)).isLessThan(0.3);
  }

  private static JsonObject cli(String... flags) {
    String[] args = new String[flags.length + 2];
    args[0] = "sim";
    args[1] = "network";
    System.arraycopy(flags, 0, args, 2, flags.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = NetworkSimCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    return Json.createReader(new StringReader(out.toString())).readObject();
  }

  /** The only figures that differ between two runs of the same inputs: how long the run took. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutWallClock(Map<String, Object> run) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(run);
    Map<String, Object> timing =
        new java.util.LinkedHashMap<>((Map<String, Object>) copy.get("timing"));
    timing.remove("wallSeconds");
    timing.remove("eventsPerSecond");
    copy.put("timing", timing);
    return copy;
  }
}
