package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadDumpsTest {

  private static final String DUMP =
      """
      2026-11-27 09:40:00
      Full thread dump OpenJDK 64-Bit Server VM:

      "http-thread-pool::http-listener(3)" #90 daemon prio=5
         java.lang.Thread.State: WAITING (parking)
      \tat jdk.internal.misc.Unsafe.park(java.base/Native Method)
      \tat io.qgate.platform.infrastructure.health.DatabaseReadinessCheck.call(DatabaseReadinessCheck.java:40)

      "main" #1 prio=5
         java.lang.Thread.State: RUNNABLE
      \tat java.lang.Thread.sleep(java.base/Native Method)
      """;

  @Test
  void keepsOnlyTheStacksThatMentionTheMarker() {
    String stuck = ThreadDumps.stacksMentioning(DUMP, "health");

    assertThat(stuck)
        .startsWith("1 thread(s) in health:")
        .contains("http-listener(3)", "DatabaseReadinessCheck.call")
        .doesNotContain("\"main\"");
  }

  @Test
  void saysSoWhenNoThreadMentionsIt() {
    assertThat(ThreadDumps.stacksMentioning(DUMP, "kafka")).isEqualTo("no thread in kafka");
  }
}
