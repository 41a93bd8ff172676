package io.qgate.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qgate.platform.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void fibreLossGrowsWithLength() {
    // 50 km at 0.2 dB/km = 10 dB, η = 10^(-10/10) = 0.1
    Channel fibre = Channel.of(ChannelKind.FIBRE, 50.0, 0.2, null);

    assertThat(fibre.lossDb()).isCloseTo(10.0, within(1e-12));
    assertThat(fibre.transmittance()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void freeSpaceHasAFixedLoss() {
    Channel satellite = Channel.of(ChannelKind.FREE_SPACE, null, null, 30.0);

    assertThat(satellite.lossDb()).isEqualTo(30.0);
    assertThat(satellite.transmittance()).isCloseTo(1e-3, within(1e-15));
    assertThat(satellite.lengthKm()).isNull();
  }

  @Test
  void fibreNeedsLengthAndAttenuationAndNoFixedLoss() {
    assertField(() -> Channel.of(ChannelKind.FIBRE, null, 0.2, null), "channel.lengthKm");
    assertField(() -> Channel.of(ChannelKind.FIBRE, 10.0, null, null), "channel.lossDbPerKm");
    assertField(() -> Channel.of(ChannelKind.FIBRE, 10.0, 0.2, 3.0), "channel.lossDb");
  }

  @Test
  void freeSpaceNeedsAFixedLossAndNoFibreFields() {
    assertField(() -> Channel.of(ChannelKind.FREE_SPACE, null, null, null), "channel.lossDb");
    assertField(() -> Channel.of(ChannelKind.FREE_SPACE, 5.0, null, 20.0), "channel.lengthKm");
    assertField(() -> Channel.of(ChannelKind.FREE_SPACE, null, 0.2, 20.0), "channel.lossDbPerKm");
  }

  private static void assertField(Runnable action, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
