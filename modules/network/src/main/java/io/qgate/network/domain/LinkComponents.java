package io.qgate.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The receiver hardware and pulse rate of a link, as the key-rate model needs them. */
@Embeddable
public class LinkComponents {

  @Column(name = "detector_efficiency", nullable = false)
  private double detectorEfficiency;

  @Column(name = "dark_count_probability", nullable = false)
  private double darkCountProbability;

  @Column(name = "misalignment", nullable = false)
  private double misalignment;

  @Column(name = "repetition_rate_hz", nullable = false)
  private double repetitionRateHz;

  protected LinkComponents() {}

  public LinkComponents(
      double detectorEfficiency,
      double darkCountProbability,
      double misalignment,
      double repetitionRateHz) {
    this.detectorEfficiency = detectorEfficiency;
    this.darkCountProbability = darkCountProbability;
    this.misalignment = misalignment;
    this.repetitionRateHz = repetitionRateHz;
  }

  public double detectorEfficiency() {
    return detectorEfficiency;
  }

  public double darkCountProbability() {
    return darkCountProbability;
  }

  public double misalignment() {
    return misalignment;
  }

  public double repetitionRateHz() {
    return repetitionRateHz;
  }
}
