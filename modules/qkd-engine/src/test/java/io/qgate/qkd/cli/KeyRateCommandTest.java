package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void oneDistanceIsAJsonObjectWithTheContractFields() {
    assertThat(
            run(
                "sim",
                "keyrate",
                "--protocol",
                "bb84-decoy",
                "--preset",
                "gys",
                "--distance-km",
                "50",
                "--format",
                "json"))
        .isZero();
    JsonObject row = Json.createReader(new StringReader(out.toString())).readObject();
    assertThat(row.keySet())
        .contains(
            "protocol",
            "distanceKm",
            "transmittance",
            "mu",
            "gain",
            "qber",
            "secretKeyRatePerPulse",
            "secretKeyRateBps",
            "plobBoundPerPulse");
    assertThat(row.getString("protocol")).isEqualTo("bb84-decoy");
    assertThat(row.getJsonNumber("mu").doubleValue()).isBetween(0.45, 0.51);
    assertThat(row.getJsonNumber("secretKeyRatePerPulse").doubleValue())
        .isLessThan(row.getJsonNumber("plobBoundPerPulse").doubleValue());
    assertThat(row.getJsonNumber("secretKeyRateBps").doubleValue())
        .isEqualTo(row.getJsonNumber("secretKeyRatePerPulse").doubleValue() * 1e9);
  }

  @Test
  void aSweepIsAJsonArrayAndProtocolsAddTheirFields() {
    assertThat(
            run(
                "sim",
                "keyrate",
                "--protocol",
                "e91",
                "--distance-km",
                "0:20:10",
                "--format",
                "json"))
        .isZero();
    JsonArray rows = Json.createReader(new StringReader(out.toString())).readArray();
    assertThat(rows).hasSize(3);
    assertThat(rows.getJsonObject(1).keySet()).contains("chsh");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "sim",
                "keyrate",
                "--protocol",
                "cv-gg02",
                "--distance-km",
                "25",
                "--format",
                "json",
                "--modulation-variance",
                "18.5"))
        .isZero();
    JsonObject cv = Json.createReader(new StringReader(out.toString())).readObject();
    assertThat(cv.keySet()).contains("mutualInformation", "holevoBound");
    assertThat(cv.isNull("qber")).isTrue();
    assertThat(cv.getJsonNumber("mu").doubleValue()).isEqualTo(18.5 / 2);
  }

  @Test
  void plotWritesAPng(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("rate.png");
    assertThat(
            run(
                "sim",
                "keyrate",
                "--protocol",
                "bb84-decoy",
                "--preset",
                "gys",
                "--distance-km",
                "0:150:10",
                "--plot",
                png.toString(),
                "--format",
                "csv"))
        .isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(out.toString().lines()).hasSize(17);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--protocol bb85 --distance-km 10",
        "--protocol bb84 --distance-km -5",
        "--protocol bb84 --distance-km 10:0:1",
        "--protocol bb84 --distance-km 0:10",
        "--protocol bb84 --distance-km 0:10:x",
        "--protocol bb84 --distance-km 10 --dark-count-prob 1.2",
        "--protocol bb84 --distance-km 10 --detector-efficiency -0.1",
        "--protocol bb84 --distance-km 10 --misalignment 2",
        "--protocol e91 --distance-km 10 --visibility 1.5",
        "--protocol cv-gg02 --distance-km 10 --homodyne-efficiency 1.5",
        "--protocol cv-gg02 --distance-km 10 --reconciliation-efficiency -1",
        "--protocol bb84 --distance-km 10 --mu -1",
        "--protocol bb84 --distance-km 10 --ec-efficiency 0.5",
        "--protocol bb84 --distance-km 10 --fiber-loss-db-km -0.2",
        "--protocol bb84 --distance-km 10 --repetition-rate-hz 0",
        "--protocol bb84 --distance-km 10 --format yaml",
        "--protocol bb84 --distance-km 10 --preset nope",
        "--protocol bb84 --distance-km 10 --modulation-variance 5",
        "--protocol bb84 --distance-km ten"
      })
  void badInputIsOneLineAndExitCodeTwo(String args) {
    String[] argv = ("sim keyrate " + args).split(" ");
    assertThat(run(argv)).as(args).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString())
        .startsWith("qgate: ")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }
}
