package io.qgate.qkd.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShannonEntropyTest {

  @Test
  void binaryEntropyHasItsKnownValues() {
    assertThat(ShannonEntropy.binary(0.5)).isEqualTo(1.0);
    assertThat(ShannonEntropy.binary(0.02)).isCloseTo(0.141441, within(1e-6));
    assertThat(ShannonEntropy.binary(0)).isZero();
    assertThat(ShannonEntropy.binary(1)).isZero();
  }

  @Test
  void anErrorBoundPastOneHalfLeavesNothingSecret() {
    assertThat(ShannonEntropy.binaryOfErrorBound(0.11)).isEqualTo(ShannonEntropy.binary(0.11));
    assertThat(ShannonEntropy.binaryOfErrorBound(0.5)).isEqualTo(1.0);
    assertThat(ShannonEntropy.binaryOfErrorBound(0.7)).isEqualTo(1.0);
  }

  @Test
  void entropyOfADistributionAndLogarithm() {
    assertThat(ShannonEntropy.of(0.25, 0.25, 0.25, 0.25)).isCloseTo(2.0, within(1e-12));
    assertThat(ShannonEntropy.of(1, 0)).isZero();
    assertThat(ShannonEntropy.log2(1024)).isCloseTo(10.0, within(1e-12));
  }
}
