package io.qgate.network.domain;

import java.util.Objects;

/** Everything about a link that an operator chooses: its ends, protocol, optics and alarm. */
public record LinkDesign(
    String endpointA,
    String endpointB,
    QkdProtocol protocol,
    Channel channel,
    LinkComponents components,
    double qberAlarmThreshold) {

  public LinkDesign {
    Objects.requireNonNull(endpointA, "endpointA");
    Objects.requireNonNull(endpointB, "endpointB");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(components, "components");
  }
}
