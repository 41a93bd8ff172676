package io.qgate.network.interfaces.rest;

import io.qgate.network.domain.Channel;
import io.qgate.network.domain.ChannelKind;
import io.qgate.network.domain.LinkComponents;
import io.qgate.network.domain.LinkDesign;
import io.qgate.network.domain.QkdProtocol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A link as clients write it. {@code id} is required to create and ignored on update (the path
 * names the link); {@code version} is required on update and is the version the client read.
 */
public record LinkRequest(
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @PositiveOrZero Long version,
    @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String endpointA,
    @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String endpointB,
    @NotNull QkdProtocol protocol,
    @NotNull @Valid ChannelDto channel,
    @NotNull @Valid ComponentsDto components,
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "0.5", message = "must be at most 0.5 (a QBER of 50% is pure noise)")
        Double qberAlarmThreshold) {

  /** FIBRE takes lengthKm and lossDbPerKm; FREE_SPACE takes lossDb. */
  public record ChannelDto(
      @NotNull ChannelKind kind,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000") Double lengthKm,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") Double lossDbPerKm,
      @DecimalMin("0") @DecimalMax("100") Double lossDb) {}

  /** Receiver and source hardware. */
  public record ComponentsDto(
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
          Double detectorEfficiency,
      @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
          Double darkCountProbability,
      @NotNull @DecimalMin("0") @DecimalMax("0.5") Double misalignment,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1e11")
          Double repetitionRateHz) {}

  LinkDesign toDesign() {
    return new LinkDesign(
        endpointA,
        endpointB,
        protocol,
        Channel.of(channel.kind(), channel.lengthKm(), channel.lossDbPerKm(), channel.lossDb()),
        new LinkComponents(
            components.detectorEfficiency(),
            components.darkCountProbability(),
            components.misalignment(),
            components.repetitionRateHz()),
        qberAlarmThreshold);
  }
}
