package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.finitekey.FibreLinkModel;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.optimisation.Bb84FiniteKeyOptimiser;
import io.qgate.qkd.optimisation.DecoyFiniteKeyOptimiser;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.GllpBb84;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code sim session} uses the finite-size optimum unless the source flags are given. */
class SessionOptimisedParametersTest {

  private static final SecurityParameters EPS = new SecurityParameters(1e-10, 1e-15);

  private JsonObject session(String line) {
    StringWriter out = new StringWriter();
    String[] args = ("sim session " + line + " --format json").split(" ");
    assertThat(QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter())))
        .isZero();
    return Json.createReader(new StringReader(out.toString())).readObject();
  }

  private static FibreLinkModel gys(double km) {
    return FibreLinkModel.of(DvSystem.GYS, new FibreChannel(0.21, km).transmittance());
  }

  private static double number(JsonObject row, String name) {
    return row.getJsonNumber(name).doubleValue();
  }

  @Test
  void decoySessionUsesTheOptimisedSourceAndStillAgreesOnTheKeys() {
    JsonObject row =
        session("--protocol bb84-decoy --distance-km 25 --pulses 3e8 --block-bits 400000");
    DecoyFiniteKeyOptimiser.Parameters p =
        DecoyFiniteKeyOptimiser.optimise(gys(25), DvSystem.GYS.ecEfficiency(), 400_000, EPS)
            .parameters();
    assertThat(number(row, "mu")).isCloseTo(p.mu1(), within(1e-12));
    assertThat(number(row, "nu")).isCloseTo(p.mu2(), within(1e-12));
    assertThat(number(row, "signalProbability")).isCloseTo(p.p1(), within(1e-12));
    assertThat(number(row, "decoyProbability")).isCloseTo(p.p2(), within(1e-12));
    assertThat(number(row, "keyBasisProbability"))
        .isCloseTo(p.keyBasisProbability(), within(1e-12));
    assertThat(number(row, "mu")).isNotEqualTo(0.4);
    assertThat(row.getBoolean("keysIdentical")).isTrue();
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isPositive();
  }

  @Test
  void explicitDecoyFlagsWin() {
    JsonObject row =
        session(
            "--protocol bb84-decoy --distance-km 25 --pulses 1e8 --block-bits 100000 --mu 0.45"
                + " --nu 0.1 --intensity-probabilities 0.6,0.3,0.1 --key-basis-prob 0.8");
    assertThat(number(row, "mu")).isEqualTo(0.45);
    assertThat(number(row, "nu")).isEqualTo(0.1);
    assertThat(number(row, "signalProbability")).isEqualTo(0.6);
    assertThat(number(row, "vacuumProbability")).isEqualTo(0.1);
    assertThat(number(row, "keyBasisProbability")).isEqualTo(0.8);
  }

  @Test
  void bb84SessionUsesTheOptimisedSampleFractionAndStillAgreesOnTheKeys() {
    JsonObject row = session("--protocol bb84 --distance-km 10 --pulses 1e9 --block-bits 200000");
    double t = new FibreChannel(0.21, 10).transmittance();
    double mu = KeyRateOptimiser.optimise(new GllpBb84(DvSystem.GYS), t).settings()[0];
    Bb84FiniteKeyOptimiser.Optimum best =
        Bb84FiniteKeyOptimiser.optimise(
            gys(10), DvSystem.GYS.ecEfficiency(), 200_000, EPS, mu, 0.1, new boolean[2]);
    assertThat(number(row, "sampleFraction")).isCloseTo(best.sampleFraction(), within(1e-12));
    assertThat(number(row, "mu")).isCloseTo(best.mu(), within(1e-12));
    assertThat(number(row, "sampleFraction")).isNotEqualTo(0.1);
    assertThat(row.getBoolean("keysIdentical")).isTrue();
    assertThat(row.getJsonNumber("finalKeyBits").longValue()).isPositive();
  }

  @Test
  void explicitSampleFractionWins() {
    JsonObject row =
        session(
            "--protocol bb84 --distance-km 10 --pulses 1e8 --block-bits 20000"
                + " --sample-fraction 0.2 --mu 0.01");
    assertThat(number(row, "sampleFraction")).isEqualTo(0.2);
    assertThat(number(row, "mu")).isEqualTo(0.01);
  }
}
