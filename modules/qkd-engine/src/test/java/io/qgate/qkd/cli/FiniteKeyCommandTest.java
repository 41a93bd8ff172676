package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiniteKeyCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String[] contract(String... overrides) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sim",
                "finite-key",
                "--sifted",
                "1000000",
                "--sample",
                "100000",
                "--qber-tol",
                "0.02",
                "--eps-sec",
                "1e-10",
                "--eps-cor",
                "1e-15",
                "--ec-efficiency",
                "1.16"));
    for (int i = 0; i < overrides.length; i += 2) {
      int at = args.indexOf(overrides[i]);
      if (at < 0) {
        args.add(overrides[i]);
        args.add(overrides[i + 1]);
      } else {
        args.set(at + 1, overrides[i + 1]);
      }
    }
    return args.toArray(String[]::new);
  }

  @Test
  void jsonGivesTheKeyLengthAndItsTerms() {
    assertThat(run(contract("--format", "json"))).isZero();

    assertThat(out.toString())
        .startsWith("{\"protocol\":\"bb84\"")
        .contains("\"siftedBits\":1000000", "\"keyBits\":900000", "\"mu\":0.0", "\"leakEcBits\":")
        .contains("\"securityPenaltyBits\":", "\"finalKeyBits\":", "\"enoughKey\":true")
        .contains("\"reason\":null");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void tableIsTheDefaultAndCsvHasAHeader() {
    assertThat(run(contract())).isZero();
    assertThat(out.toString().lines().findFirst().orElseThrow()).contains("finalKeyBits");
    out.getBuffer().setLength(0);
    assertThat(run(contract("--format", "csv"))).isZero();
    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  void countsMayBeWrittenInScientificNotation() {
    assertThat(run(contract("--sifted", "1e6", "--sample", "1E5", "--format", "json"))).isZero();
    assertThat(out.toString()).contains("\"siftedBits\":1000000", "\"sampleBits\":100000");
  }

  @Test
  void tooSmallABlockSaysNotEnoughKey() {
    assertThat(run(contract("--sifted", "1000", "--sample", "100", "--format", "json"))).isZero();
    assertThat(out.toString())
        .contains("\"finalKeyBits\":0", "\"enoughKey\":false", "not enough key");
  }

  @ParameterizedTest
  @CsvSource({
    "--sifted, 0, --sifted must be >= 1",
    "--sample, 0, --sample must satisfy 0 < K < N",
    "--sample, 1000000, --sample must satisfy 0 < K < N",
    "--sample, -5, --sample must satisfy 0 < K < N",
    "--qber-tol, 0.5, --qber-tol must be in [0, 0.5)",
    "--qber-tol, -0.01, --qber-tol must be in [0, 0.5)",
    "--qber-tol, NaN, --qber-tol must be in [0, 0.5)",
    "--eps-sec, 0, --eps-sec must be in (0, 1)",
    "--eps-sec, 1, --eps-sec must be in (0, 1)",
    "--eps-cor, 2, --eps-cor must be in (0, 1)",
    "--ec-efficiency, 0.99, --ec-efficiency must be a finite number >= 1",
    "--ec-efficiency, Infinity, --ec-efficiency must be a finite number >= 1",
    "--format, xml, --format must be table, json or csv",
    "--sifted, many, --sifted must be a whole number of bits",
    "--sample, 2.5, --sample must be a whole number of bits",
    "--protocol, e91, --protocol must be bb84 or bb84-decoy"
  })
  void badInputIsOneLineAndExitCodeTwo(String flag, String value, String message) {
    assertThat(run(contract(flag, value))).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).startsWith("qgate: ").contains(message).doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingFlagsAreBadInput() {
    assertThat(run("sim", "finite-key", "--sifted", "100", "--sample", "10", "--qber-tol", "0.01"))
        .isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("--eps-sec");
  }

  @Test
  void decoyBlocksFollowLim2014() {
    int code =
        run(
            "sim",
            "finite-key",
            "--protocol",
            "bb84-decoy",
            "--eps-sec",
            "1e-10",
            "--eps-cor",
            "1e-15",
            "--ec-efficiency",
            "1.16",
            "--intensities",
            "0.45,0.2,0.0002",
            "--intensity-probabilities",
            "0.5,0.3,0.2",
            "--detections-x",
            "800000,130000,70",
            "--errors-x",
            "8000,2000,30",
            "--detections-z",
            "40000,7000,4",
            "--errors-z",
            "400,100,2",
            "--format",
            "json");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("{\"protocol\":\"bb84-decoy\"")
        .contains("\"singlePhotonEventsX\":", "\"phaseErrorRate\":", "\"finalKeyBits\":");
  }

  @Test
  void decoyFlagsWithTheDefaultProtocolAreBadInput() {
    assertThat(run(contract("--intensities", "0.5,0.1,0"))).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("bb84-decoy only");
  }
}
