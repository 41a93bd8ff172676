package io.qgate.qkd.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultiPhotonBoundTest {

  @Test
  void bernsteinBoundsTheMultiPhotonPulses() {
    double bound = MultiPhotonBound.upper(1_000_000_000L, 1e-3, 1e-10);
    assertThat(bound).isGreaterThan(1e6).isLessThan(1.01e6);
  }
}
