package io.qgate.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where a node stands: a site name operators recognise, and optional coordinates. */
@Embeddable
public class Location {

  @Column(name = "site", nullable = false)
  private String site;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  protected Location() {}

  public Location(String site, Double latitude, Double longitude) {
    this.site = Objects.requireNonNull(site, "site");
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public String site() {
    return site;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }
}
