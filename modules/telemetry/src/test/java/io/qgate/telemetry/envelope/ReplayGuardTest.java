package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {

  @Test
  void onlySequencesAboveTheHighestAcceptedAreFresh() {
    ReplayGuard guard = new ReplayGuard();
    assertThat(guard.isFresh("a", 5)).isTrue();
    guard.accept("a", 5);
    assertThat(guard.isFresh("a", 5)).isFalse();
    assertThat(guard.isFresh("a", 4)).isFalse();
    assertThat(guard.isFresh("a", 6)).isTrue();
    assertThat(guard.isFresh("b", 1)).isTrue();
    guard.accept("a", 3); // never lowers the mark
    assertThat(guard.highest("a")).hasValue(5);
    assertThat(guard.highest("b")).isEmpty();
  }

  @Test
  void aRecordNotYetAcceptedCanBeCheckedAgain() {
    ReplayGuard guard = new ReplayGuard();
    assertThat(guard.isFresh("a", 7)).isTrue();
    // the handler failed: nothing recorded, the redelivered record is still fresh
    assertThat(guard.isFresh("a", 7)).isTrue();
  }
}
