package io.qgate.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.PolicyDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceTest {

  private final Device pmu =
      new Device("pmu-1", Tenant.UTILITY, PolicyDomain.GRID, DeviceKind.PMU, "PMU 1");
  private final Instant now = Instant.now();

  @Test
  void aCertificationCanBeSuspendedReinstatedAndRevokedButNotUnrevoked() {
    Certification c =
        pmu.certify(terms(2, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
    CertificationRequirement sl2 =
        new CertificationRequirement(CertificationScheme.IEC_62443_4_2, 2);
    assertThat(pmu.standing().shortfall(sl2, now)).isEmpty();

    pmu.changeCertificationStatus(c.id(), CertificationStatus.SUSPENDED, "audit finding");
    assertThat(pmu.standing().shortfall(sl2, now))
        .hasValueSatisfying(why -> assertThat(why).contains("suspended"));
    pmu.changeCertificationStatus(c.id(), CertificationStatus.ACTIVE, "finding closed");
    assertThat(pmu.standing().shortfall(sl2, now)).isEmpty();

    pmu.changeCertificationStatus(c.id(), CertificationStatus.REVOKED, "compromised");
    assertThat(c.statusReason()).isEqualTo("compromised");
    assertThatThrownBy(
            () -> pmu.changeCertificationStatus(c.id(), CertificationStatus.ACTIVE, "undo"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> pmu.changeCertificationStatus(c.id(), CertificationStatus.REVOKED, "again"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void refusesImpossibleCertificates() {
    assertThatThrownBy(() -> pmu.certify(terms(2, now, now.minusSeconds(1))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> pmu.certify(terms(5, now, now.plusSeconds(1))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                pmu.changeCertificationStatus(UUID.randomUUID(), CertificationStatus.REVOKED, "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aHigherLevelMeetsALowerRequirementButNotAnotherScheme() {
    pmu.certify(terms(3, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
    assertThat(
            pmu.standing()
                .shortfall(new CertificationRequirement(CertificationScheme.IEC_62443_4_2, 2), now))
        .isEmpty();
    assertThat(
            pmu.standing()
                .shortfall(new CertificationRequirement(CertificationScheme.FIPS_140_3, 1), now))
        .isPresent();
  }

  private static CertificationTerms terms(int level, Instant from, Instant to) {
    return new CertificationTerms(CertificationScheme.IEC_62443_4_2, level, "TÜV", "C-1", from, to);
  }
}
