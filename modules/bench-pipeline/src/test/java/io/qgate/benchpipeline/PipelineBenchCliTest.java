package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options end the command before any broker starts: one line on stderr, exit code 2. */
class PipelineBenchCliTest {

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return PipelineBenchCli.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        work);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBadValueIsOneLineWithExitCodeTwo() {
    assertThat(run("--rate", "61")).isEqualTo(2);
    assertThat(err()).startsWith("qgate bench pipeline: --rate must be a C37.118.1 reporting rate");
    assertThat(err().strip()).doesNotContain("\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void anUnknownModeIsRefused() {
    assertThat(run("--mode", "fast")).isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo("qgate bench pipeline: --mode must be encrypted, plain or both, got 'fast'");
  }

  @Test
  void anUnknownAlgorithmIsRefused() {
    assertThat(run("--algorithm", "des")).isEqualTo(2);
    assertThat(err().strip())
        .isEqualTo("qgate bench pipeline: --algorithm must be aes-gcm or ascon, got 'des'");
  }

  @Test
  void anUnknownOptionOrANonNumberIsRefused() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err()).startsWith("qgate bench pipeline: Unknown option: '--bogus'");
    err.reset();
    assertThat(run("--pmus", "many")).isEqualTo(2);
    assertThat(err()).startsWith("qgate bench pipeline: Invalid value for option '--pmus'");
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--mode", "--pmus", "--rate", "--max-rate", "--bootstrap", "--ring", "--rounds");
  }

  @Test
  void theAlgorithmNamesMapToTheEnvelopeAlgorithms() {
    assertThat(PipelineBenchCli.parseAlgorithm("AES-GCM").name()).isEqualTo("AES_256_GCM");
    assertThat(PipelineBenchCli.parseAlgorithm("ascon").name()).isEqualTo("ASCON_AEAD128");
  }
}
