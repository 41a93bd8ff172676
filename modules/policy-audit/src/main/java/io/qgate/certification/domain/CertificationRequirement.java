package io.qgate.certification.domain;

import io.qgate.platform.domain.InvalidInputException;
import java.util.Objects;

/** What a policy asks of a device: a certification under this scheme, at this level or above. */
public record CertificationRequirement(CertificationScheme scheme, int level) {

  public CertificationRequirement {
    Objects.requireNonNull(scheme, "scheme");
    if (!scheme.definesLevel(level)) {
      throw new InvalidInputException(
          "requiredCertification.level",
          scheme + " defines levels 1 to " + scheme.maxLevel() + ", not " + level);
    }
  }

  @Override
  public String toString() {
    return scheme + " level " + level;
  }
}
