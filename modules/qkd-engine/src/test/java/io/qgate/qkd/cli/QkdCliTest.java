package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class QkdCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QkdCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void unknownCommandIsOneLineAndExitCodeTwo() {
    assertThat(run("sim", "no-such-thing")).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).startsWith("qgate: ").doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void simWithoutSubcommandIsBadInput() {
    assertThat(run("sim")).isEqualTo(QkdCli.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("missing subcommand");
  }

  @Test
  void helpSucceeds() {
    assertThat(run("sim", "--help")).isZero();
    assertThat(out.toString()).contains("Usage:");
  }
}
