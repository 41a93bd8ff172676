package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.pipeline.domain.LiveTelemetry;
import io.qgate.pipeline.domain.ReadingsWindow;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Role;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveTelemetryReadsTest {

  private final ReadingsWindow grid = ReadingsWindow.lastMinute();
  private final List<PolicyQuestion> asked = new ArrayList<>();
  private final LiveTelemetryReads reads = new LiveTelemetryReads();
  private boolean policyRefuses;

  private final Operator grace =
      new Operator("grace", Set.of(Role.GRID_OPERATOR), Set.of(Tenant.UTILITY));
  private final Operator hugo =
      new Operator("hugo", Set.of(Role.HOSPITAL_OPERATOR), Set.of(Tenant.HOSPITAL));

  LiveTelemetryReadsTest() {
    reads.live =
        new LiveTelemetry() {
          @Override
          public Optional<ReadingsWindow> window(String domain) {
            return domain.equals("GRID") ? Optional.of(grid) : Optional.empty();
          }

          @Override
          public Optional<Tenant> tenantOf(String domain) {
            return domain.equals("GRID") ? Optional.of(Tenant.UTILITY) : Optional.empty();
          }
        };
    reads.policies =
        new PolicyEnforcement() {
          @Override
          public Decision enforce(PolicyQuestion question) {
            asked.add(question);
            if (policyRefuses) {
              throw new ForbiddenException("policy UTILITY/GRID refuses");
            }
            return null;
          }
        };
    grid.offer("pmu-1", Instant.EPOCH, () -> Map.of("frequencyHz", 50.01));
  }

  @Test
  void aPersonOfTheTenantReadsWhatThePolicyAllowsAsAPersonAndThePolicyIsAsked() {
    assertThat(reads.latest(grace, "grid"))
        .singleElement()
        .satisfies(reading -> assertThat(reading.values()).containsEntry("frequencyHz", 50.01));
    assertThat(reads.device(grace, "GRID", "pmu-1")).hasSize(1);

    assertThat(asked)
        .hasSize(2)
        .allSatisfy(
            question -> {
              TelemetryDecryption read = (TelemetryDecryption) question;
              assertThat(read.person()).isTrue();
              assertThat(read.actor()).isEqualTo("grace");
              assertThat(read.actorRoles()).containsExactly("grid-operator");
              assertThat(read.scope().tenant()).isEqualTo(Tenant.UTILITY);
            });
    assertThat(asked).extracting(PolicyQuestion::subject).containsExactly("*", "pmu-1");
  }

  @Test
  void anotherTenantsPersonIsRefusedBeforeThePolicyIsAsked() {
    assertThatThrownBy(() -> reads.latest(hugo, "grid"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("UTILITY");
    assertThat(asked).isEmpty();
  }

  @Test
  void aPolicyRefusalIsTheAnswer() {
    policyRefuses = true;
    assertThatThrownBy(() -> reads.device(grace, "grid", "pmu-1"))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void unknownDomainsAndTheNetworkHaveNoTelemetry() {
    for (String domain : new String[] {"network", "weather", "", null}) {
      assertThatThrownBy(() -> reads.latest(grace, domain)).isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(() -> reads.latest(hugo, "health")).isInstanceOf(NotFoundException.class);
    assertThat(asked).isEmpty();
  }
}
