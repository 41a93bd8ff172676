package io.qgate.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class LinkTest {

  private static LinkDesign design(String a, String b) {
    return new LinkDesign(
        a,
        b,
        QkdProtocol.BB84_DECOY,
        Channel.of(ChannelKind.FIBRE, 25.0, 0.2, null),
        new LinkComponents(0.1, 1e-6, 0.015, 1e9),
        0.08);
  }

  @Test
  void aLinkJoinsTwoDifferentNodes() {
    assertThatThrownBy(() -> new Link("loop", design("kme", "kme")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endpointB"));
  }

  @Test
  void touchesEitherEnd() {
    Link link = new Link("core-grid", design("kme", "gw"));

    assertThat(link.touches("kme")).isTrue();
    assertThat(link.touches("gw")).isTrue();
    assertThat(link.touches("relay")).isFalse();
  }

  @Test
  void alarmsOnlyAboveTheThreshold() {
    Link link = new Link("core-grid", design("kme", "gw"));

    assertThat(link.qberAlarms(0.08)).isFalse();
    assertThat(link.qberAlarms(0.0801)).isTrue();
  }

  @Test
  void redesignKeepsIdentityAndRefusesALoop() {
    Link link = new Link("core-grid", design("kme", "gw"));

    link.redesign(design("kme", "relay"));
    assertThat(link.id()).isEqualTo("core-grid");
    assertThat(link.endpointB()).isEqualTo("relay");
    assertThatThrownBy(() -> link.redesign(design("relay", "relay")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(link.endpointA()).isEqualTo("kme");
  }
}
