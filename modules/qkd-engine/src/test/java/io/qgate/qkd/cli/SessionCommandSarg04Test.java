package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code sim session --protocol sarg04}: real keys in JSON, intercept-resend caught. */
class SessionCommandSarg04Test {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String line) {
    String[] args = ("sim session " + line).split(" ");
    return QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private JsonObject json() {
    return Json.createReader(new StringReader(out.toString())).readObject();
  }

  @Test
  void aCleanSarg04SessionEmitsIdenticalKeys() {
    assertThat(
            run(
                "--protocol sarg04 --distance-km 1 --misalignment 0.01 --pulses 8e9"
                    + " --block-bits 200000 --seed 3 --format json"))
        .as(err.toString())
        .isZero();
    JsonObject row = json();
    assertThat(row.getString("protocol")).isEqualTo("sarg04");
    assertThat(row.getBoolean("aborted")).isFalse();
    assertThat(row.getBoolean("keysIdentical")).isTrue();
    assertThat(row.getBoolean("verificationPassed")).isTrue();
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isPositive();
    assertThat(row.getJsonNumber("qberThreshold").doubleValue()).isCloseTo(0.0969, within(5e-4));
    double conclusiveGain = row.getJsonNumber("siftedBits").doubleValue() / 8e9;
    assertThat(conclusiveGain)
        .isCloseTo(row.getJsonNumber("analyticConclusiveGain").doubleValue(), within(2e-6));
    // Nothing on stderr but progress, which a slow (shared) machine shows after two seconds.
    assertThat(err.toString().lines()).allMatch(ProgressBar::isProgressLine);
  }

  @Test
  void interceptResendOnEveryPulseAborts() {
    assertThat(
            run(
                "--protocol sarg04 --distance-km 10 --mu 0.1 --pulses 1e9 --block-bits 20000"
                    + " --eve intercept-resend:1 --format json"))
        .isZero();
    JsonObject row = json();
    assertThat(row.getBoolean("aborted")).isTrue();
    assertThat(row.getString("abortCode")).isEqualTo("QBER_ABOVE_THRESHOLD");
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isZero();
  }
}
