package io.qgate.netsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {

  @TempDir Path dir;

  @Test
  void tableByDefaultWithTheHeadlineFigures() {
    Cli cli = new Cli();
    assertThat(cli.run("sim", "network", "--architecture", "central", "--devices", "200")).isZero();
    assertThat(cli.out.toString())
        .contains("rekeys.servedShare", "latencySeconds.p99", "failure.node", "kme-hub")
        .contains("energy.qkdPowerWatts", "timing.eventsPerSecond");
  }

  @Test
  void topologyFromAFileWithChartsWritten() throws IOException {
    Path file = dir.resolve("metro.json");
    Files.writeString(
        file,
        """
        {
          "nodes": [
            {"id": "kme-a", "role": "kme", "location": {"x_km": 0, "y_km": 0}},
            {"id": "relay-1", "role": "relay", "location": {"x_km": 30, "y_km": 0}},
            {"id": "gw-1", "role": "gateway", "location": {"x_km": 40, "y_km": 5}},
            {"id": "gw-2", "role": "gateway", "location": {"x_km": 35, "y_km": -8}}
          ],
          "links": [
            {"from": "kme-a", "to": "relay-1", "fibre_km": 36, "protocol": "bb84-decoy"},
            {"from": "relay-1", "to": "gw-1"},
            {"from": "relay-1", "to": "gw-2", "protocol": "sarg04"}
          ]
        }
        """);
    Cli cli = new Cli();
    int code =
        cli.run(
            "sim",
            "network",
            "--topology",
            file.toString(),
            "--devices",
            "100",
            "--hours",
            "0.5",
            "--format",
            "json",
            "--plot",
            dir.resolve("plots").toString());
    assertThat(code).as(cli.err.toString()).isZero();
    JsonObject doc = Json.createReader(new StringReader(cli.out.toString())).readObject();
    assertThat(doc.getString("architecture")).isEqualTo("file");
    assertThat(doc.getJsonObject("topology").getInt("relays")).isEqualTo(1);
    // kme-a and relay-1 do one operation per key each; a tie goes to the first in node order.
    assertThat(doc.getJsonObject("failure").getString("node")).isEqualTo("kme-a");
    assertThat(doc.getJsonObject("failure").getJsonNumber("devicesServedAfter").doubleValue())
        .isZero();
    try (var files = Files.list(dir.resolve("plots"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "file-100-latency-cdf.png",
              "file-100-served-share.png",
              "file-100-supply-demand.png");
    }
  }

  @Test
  void helpNamesTheArchitectures() {
    Cli cli = new Cli();
    assertThat(cli.run("sim", "network", "--help")).isZero();
    assertThat(cli.out.toString()).contains("--architecture", "hierarchical", "--key-mode");
  }
}
