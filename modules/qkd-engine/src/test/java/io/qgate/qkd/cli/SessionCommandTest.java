package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sim session} contract: fields, sweeps, the chart and one-line errors. */
class SessionCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code sim session} with space-separated arguments. */
  private int run(String line) {
    String[] args = line.split(" ");
    String[] all = new String[args.length + 2];
    all[0] = "sim";
    all[1] = "session";
    System.arraycopy(args, 0, all, 2, args.length);
    return QkdCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void oneSessionIsAJsonObjectWithTheContractFields() {
    assertThat(
            run(
                "--protocol bb84-decoy --preset gys --distance-km 25 --pulses 3e8"
                    + " --block-bits 400000 --seed 3 --format json"))
        .isZero();
    JsonObject row = Json.createReader(new StringReader(out.toString())).readObject();
    assertThat(row.keySet())
        .contains(
            "pulsesSent",
            "detected",
            "siftedBits",
            "qber",
            "ecDisclosedBits",
            "ecEfficiency",
            "verificationPassed",
            "finalKeyBits",
            "keysIdentical",
            "aborted",
            "abortReason",
            "elapsedMs",
            "pulsesPerSecond",
            "finalKeyBitsPerSimulatedSecond",
            "finalKeyBitsPerWallSecond");
    assertThat(row.getJsonNumber("pulsesSent").longValue()).isEqualTo(300_000_000L);
    assertThat(row.getBoolean("aborted")).isFalse();
    assertThat(row.getBoolean("keysIdentical")).isTrue();
    assertThat(row.getBoolean("verificationPassed")).isTrue();
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isPositive();
    assertThat(row.isNull("abortReason")).isTrue();
    // Nothing on stderr but progress, which a slow (shared) machine shows after two seconds.
    assertThat(err.toString().lines()).allMatch(ProgressBar::isProgressLine);
  }

  @Test
  void anAbortIsReportedWithItsReason() {
    assertThat(
            run(
                "--protocol bb84 --distance-km 10 --pulses 1e9 --mu 0.3 --block-bits 20000"
                    + " --eve intercept-resend:1 --format json"))
        .isZero();
    JsonObject row = Json.createReader(new StringReader(out.toString())).readObject();
    assertThat(row.getBoolean("aborted")).isTrue();
    assertThat(row.getString("abortCode")).isEqualTo("QBER_ABOVE_THRESHOLD");
    assertThat(row.getString("abortReason")).contains("QBER");
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isZero();
  }

  @Test
  void aSweepIsAnArrayAndDrawsTheChart(@TempDir Path dir) {
    Path png = dir.resolve("qber.png");
    String args =
        "--protocol bb84 --distance-km 10 --pulses 1e8 --mu 0.3 --block-bits 20000"
            + " --eve intercept-resend:0:1:0.5 --format json --plot ";
    assertThat(run(args + png)).isZero();
    JsonArray rows = Json.createReader(new StringReader(out.toString())).readArray();
    assertThat(rows).hasSize(3);
    double low = rows.getJsonObject(0).getJsonNumber("qber").doubleValue();
    double high = rows.getJsonObject(2).getJsonNumber("qber").doubleValue();
    assertThat(high - low).isBetween(0.2, 0.26);
    assertThat(rows.getJsonObject(1).getJsonNumber("interceptedFraction").doubleValue())
        .isEqualTo(0.5);
    assertThat(png).isNotEmptyFile();
  }

  @Test
  void theTableShowsOneFieldPerLine() {
    assertThat(run("--protocol e91 --distance-km 5 --pulses 1e8")).isZero();
    assertThat(out.toString()).contains("chsh").contains("keysIdentical");
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .contains("field")
        .contains("value");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--protocol bb84 --distance-km -5 --pulses 10",
        "--protocol bb84 --distance-km 5 --pulses 0",
        "--protocol bb84 --distance-km 5 --pulses many",
        "--protocol bb84 --distance-km 5 --pulses 10 --eve intercept-resend:1.2",
        "--protocol bb84 --distance-km 5 --pulses 10 --eve intercept-resend:-0.1",
        "--protocol bb84 --distance-km 5 --pulses 10 --eve telepathy",
        "--protocol bb84 --distance-km 5 --pulses 10 --eve intercept-resend:0:1",
        "--protocol bb84 --distance-km 5 --pulses 10 --block-bits 8",
        "--protocol bb84 --distance-km 5 --pulses 10 --misalignment 1.5",
        "--protocol bb84 --distance-km 5 --pulses 10 --plot q.png",
        "--protocol bb84-decoy --distance-km 5 --pulses 10 --nu 0.6",
        "--protocol bb84-decoy --distance-km 5 --pulses 10 --intensity-probabilities 0.5,0.5",
        "--protocol e91 --distance-km 5 --pulses 10 --eve pns",
        "--protocol cv-gg02 --distance-km 5 --pulses 10",
        "--protocol bb84 --distance-km 5 --pulses 10 --format yaml"
      })
  void badInputIsOneLineAndExitCodeTwo(String args) {
    assertThat(run(args)).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).startsWith("qgate: ").doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void pulsesTakeScientificNotation() {
    assertThat(SessionSetup.pulses("1e10")).isEqualTo(10_000_000_000L);
    assertThat(SessionSetup.pulses("12345")).isEqualTo(12_345L);
  }

  @Test
  void sessionIsListedUnderSim() {
    assertThat(
            QkdCli.run(
                new String[] {"sim", "--help"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isZero();
    assertThat(out.toString()).contains("session");
  }
}
