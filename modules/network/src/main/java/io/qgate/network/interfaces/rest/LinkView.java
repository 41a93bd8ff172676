package io.qgate.network.interfaces.rest;

import io.qgate.network.domain.Link;
import io.qgate.network.domain.QkdProtocol;
import java.time.Instant;

/** A link as the API returns it, with the loss and transmittance its channel implies. */
public record LinkView(
    String id,
    long version,
    String endpointA,
    String endpointB,
    QkdProtocol protocol,
    LinkRequest.ChannelDto channel,
    LinkRequest.ComponentsDto components,
    double qberAlarmThreshold,
    double totalLossDb,
    double transmittance,
    Instant createdAt,
    Instant updatedAt) {

  static LinkView of(Link link) {
    var channel = link.channel();
    var components = link.components();
    return new LinkView(
        link.id(),
        link.version(),
        link.endpointA(),
        link.endpointB(),
        link.protocol(),
        new LinkRequest.ChannelDto(
            channel.kind(), channel.lengthKm(), channel.lossDbPerKm(), channel.fixedLossDb()),
        new LinkRequest.ComponentsDto(
            components.detectorEfficiency(),
            components.darkCountProbability(),
            components.misalignment(),
            components.repetitionRateHz()),
        link.qberAlarmThreshold(),
        channel.lossDb(),
        channel.transmittance(),
        link.createdAt(),
        link.updatedAt());
  }
}
