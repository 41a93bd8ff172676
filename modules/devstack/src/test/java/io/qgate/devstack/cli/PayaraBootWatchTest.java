package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraBootWatchTest {

  @TempDir Path dir;

  @Test
  void seesTheFirstSevereMessageAndTheEndOfBootInJsonRecords() throws Exception {
    Path log = dir.resolve("payara.log");
    Files.writeString(log, record("SEVERE", "from an earlier run") + "\n");
    PayaraBootWatch watch = new PayaraBootWatch(log);

    append(log, record("INFO", "Deploying qgate.war"));
    assertThat(watch.bootFinished()).isFalse();
    assertThat(watch.firstSevere()).isEmpty();

    append(log, record("SEVERE", "Exception while deploying \\\"qgate\\\"\\n\\tat x.Y"));
    append(log, record("SEVERE", "second failure"));
    append(log, record("INFO", "Payara Micro 6.2025.10 (build 42) ready in 6,077 (ms)"));

    assertThat(watch.firstSevere()).contains("Exception while deploying \"qgate\"");
    assertThat(watch.bootFinished()).isTrue();
  }

  private static String record(String level, String message) {
    return "{\"Timestamp\":\"2026-11-26T16:41:12.414+0000\",\"Level\":\""
        + level
        + "\",\"LoggerName\":\"PayaraMicro\",\"LogMessage\":\""
        + message
        + "\"}";
  }

  private static void append(Path log, String line) throws Exception {
    Files.writeString(log, line + "\n", StandardOpenOption.APPEND);
  }
}
