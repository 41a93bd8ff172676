package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CascadeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void jsonHasEfficiencyFrameErrorRateAndThroughput() {
    int code =
        run(
            "sim",
            "cascade",
            "--qber",
            "0.02",
            "--block-bits",
            "10000",
            "--runs",
            "20",
            "--variant",
            "yan",
            "--seed",
            "5",
            "--format",
            "json");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("{\"variant\":\"yan\"")
        .contains("\"efficiency\":1.")
        .contains("\"frameErrorRate\":")
        .contains("\"throughputMbps\":")
        .contains("\"disclosedBits\":");
  }

  @Test
  void tableIsTheDefault() {
    assertThat(run("sim", "cascade", "--qber", "0.05", "--block-bits", "2000", "--runs", "3"))
        .isZero();
    assertThat(out.toString().lines().findFirst().orElseThrow()).contains("efficiency");
  }

  @ParameterizedTest
  @CsvSource({
    "--qber, 0, --qber must be in (0, 0.5)",
    "--qber, 0.5, --qber must be in (0, 0.5)",
    "--qber, NaN, --qber must be in (0, 0.5)",
    "--block-bits, 0, --block-bits must be in [1,",
    "--runs, 0, --runs must be >= 1",
    "--variant, biconf, unknown Cascade variant 'biconf'",
    "--format, xml, --format must be table, json or csv",
    "--qber, abc, Invalid value for option '--qber'"
  })
  void badInputIsOneLineAndExitCodeTwo(String flag, String value, String message) {
    java.util.Map<String, String> flags = new java.util.LinkedHashMap<>();
    flags.put("--qber", "0.02");
    flags.put("--block-bits", "100");
    flags.put("--runs", "1");
    flags.put(flag, value);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("sim", "cascade"));
    flags.forEach(
        (name, v) -> {
          args.add(name);
          args.add(v);
        });

    assertThat(run(args.toArray(String[]::new))).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).startsWith("qgate: ").contains(message).doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }
}
