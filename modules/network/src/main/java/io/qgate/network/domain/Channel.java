package io.qgate.network.domain;

import io.qgate.platform.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The optical channel of a link and the loss it puts between the two ends. */
@Embeddable
public class Channel {

  @Enumerated(EnumType.STRING)
  @Column(name = "channel_kind", nullable = false)
  private ChannelKind kind;

  @Column(name = "length_km")
  private Double lengthKm;

  @Column(name = "loss_db_per_km")
  private Double lossDbPerKm;

  @Column(name = "loss_db")
  private Double fixedLossDb;

  protected Channel() {}

  private Channel(ChannelKind kind, Double lengthKm, Double lossDbPerKm, Double fixedLossDb) {
    this.kind = kind;
    this.lengthKm = lengthKm;
    this.lossDbPerKm = lossDbPerKm;
    this.fixedLossDb = fixedLossDb;
  }

  /**
   * A channel of the given kind, refusing fields that belong to the other kind so that a request
   * never silently loses what it said.
   */
  public static Channel of(ChannelKind kind, Double lengthKm, Double lossDbPerKm, Double lossDb) {
    return switch (kind) {
      case FIBRE -> {
        require(lengthKm, "channel.lengthKm", "is required for a FIBRE channel");
        require(lossDbPerKm, "channel.lossDbPerKm", "is required for a FIBRE channel");
        forbid(lossDb, "channel.lossDb", "applies to FREE_SPACE channels only");
        yield new Channel(kind, lengthKm, lossDbPerKm, null);
      }
      case FREE_SPACE -> {
        require(lossDb, "channel.lossDb", "is required for a FREE_SPACE channel");
        forbid(lengthKm, "channel.lengthKm", "applies to FIBRE channels only");
        forbid(lossDbPerKm, "channel.lossDbPerKm", "applies to FIBRE channels only");
        yield new Channel(kind, null, null, lossDb);
      }
    };
  }

  private static void require(Double value, String field, String message) {
    if (value == null) {
      throw new InvalidInputException(field, message);
    }
  }

  private static void forbid(Double value, String field, String message) {
    if (value != null) {
      throw new InvalidInputException(field, message);
    }
  }

  /** Total attenuation between the two ends, in dB. */
  public double lossDb() {
    return kind == ChannelKind.FIBRE ? lengthKm * lossDbPerKm : fixedLossDb;
  }

  /** Channel transmittance η = 10^(−loss/10). */
  public double transmittance() {
    return Math.pow(10, -lossDb() / 10);
  }

  public ChannelKind kind() {
    return kind;
  }

  public Double lengthKm() {
    return lengthKm;
  }

  public Double lossDbPerKm() {
    return lossDbPerKm;
  }

  /** The fixed loss of a free-space channel; null for fibre (see {@link #lossDb()}). */
  public Double fixedLossDb() {
    return fixedLossDb;
  }
}
