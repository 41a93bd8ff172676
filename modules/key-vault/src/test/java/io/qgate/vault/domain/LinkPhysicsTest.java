package io.qgate.vault.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPhysicsTest {

  private static LinkPhysics fibre(String protocol, double km) {
    return new LinkPhysics("l", protocol, 0.2 * km, 0.10, 1e-6, 0.015, 1e9);
  }

  @Test
  void aShortLinkFillsItsPoolFasterThanALongOne() {
    double at25 = fibre("BB84_DECOY", 25).yield().orElseThrow().secretBitsPerSecond();
    double at120 = fibre("BB84_DECOY", 120).yield().orElseThrow().secretBitsPerSecond();
    assertThat(at25).isGreaterThan(10 * at120).isGreaterThan(1_000);
    assertThat(at120).isPositive();
    assertThat(fibre("BB84_DECOY", 25).yield().orElseThrow().qber()).isBetween(0.01, 0.03);
  }

  @Test
  void beyondItsReachALinkYieldsNothingAndUnsimulatedProtocolsAreSaidSo() {
    assertThat(fibre("BB84", 200).yield().orElseThrow().secretBitsPerSecond()).isZero();
    assertThat(fibre("CV_GG02", 10).yield()).isEmpty();
  }
}
