package io.qgate.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An alert is raised open and acknowledged once; what was raised does not change. */
class StoredAlertTest {

  private static final Instant RAISED = Instant.parse("2026-11-27T03:00:00.123456789Z");

  @Test
  void aNewAlertIsOpenAndKeepsWhatWasRaisedToTheMicrosecond() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("qber", 0.25);
    details.put("link", "core-grid");
    StoredAlert alert =
        StoredAlert.of(
            new Alert(
                UUID.randomUUID(),
                "LINK_COMPROMISED",
                "CRITICAL",
                "SHARED",
                "LINK",
                "core-grid",
                RAISED,
                "QKD link core-grid compromised",
                details));
    assertThat(alert.state()).isEqualTo(AlertState.OPEN);
    assertThat(alert.isOpen()).isTrue();
    assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(alert.tenant()).isEqualTo(Tenant.SHARED);
    assertThat(alert.sourceKind()).isEqualTo(SourceKind.LINK);
    assertThat(alert.raisedAt()).isEqualTo(Instant.parse("2026-11-27T03:00:00.123456Z"));
    assertThat(alert.details()).isEqualTo("{\"link\":\"core-grid\",\"qber\":0.25}");
    assertThat(alert.acknowledgedBy()).isNull();
    assertThat(alert.acknowledgedAt()).isNull();
    assertThat(alert.ackNote()).isNull();
  }

  @Test
  void anAlertOfAnUnknownSeverityTenantOrSourceKindIsRefused() {
    for (Alert alert :
        List.of(
            raised("URGENT", "UTILITY", "DEVICE"),
            raised("INFO", "BANK", "DEVICE"),
            raised("INFO", "UTILITY", "SATELLITE"))) {
      assertThatThrownBy(() -> StoredAlert.of(alert)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anAlertIsAcknowledgedOnceWithWhoWhenAndTheNote() {
    StoredAlert alert = StoredAlert.of(raised("WARNING", "UTILITY", "DEVICE"));
    Instant at = Instant.parse("2026-11-27T03:05:00Z");
    alert.acknowledge("grace", "  breaker reset at substation 4 ", at);
    assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(alert.isOpen()).isFalse();
    assertThat(alert.acknowledgedBy()).isEqualTo("grace");
    assertThat(alert.acknowledgedAt()).isEqualTo(at);
    assertThat(alert.ackNote()).isEqualTo("breaker reset at substation 4");

    assertThatThrownBy(() -> alert.acknowledge("hugo", null, at.plusSeconds(60)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("acknowledged by grace");
    assertThat(alert.acknowledgedBy()).isEqualTo("grace");
    assertThat(alert.acknowledgedAt()).isEqualTo(at);
  }

  @Test
  void aBlankNoteIsNoNoteAndATooLongOneIsRefusedWithoutAcknowledging() {
    StoredAlert blank = StoredAlert.of(raised("INFO", "PLANT", "DEVICE"));
    blank.acknowledge("pat", "   ", Instant.now());
    assertThat(blank.ackNote()).isNull();

    StoredAlert alert = StoredAlert.of(raised("INFO", "PLANT", "DEVICE"));
    assertThatThrownBy(() -> alert.acknowledge("pat", "x".repeat(501), Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("note"));
    assertThat(alert.state()).isEqualTo(AlertState.OPEN);
    alert.acknowledge("pat", "x".repeat(500), Instant.now());
    assertThat(alert.ackNote()).hasSize(500);
    assertThatThrownBy(
            () ->
                StoredAlert.of(raised("INFO", "PLANT", "DEVICE"))
                    .acknowledge(" ", null, Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSummaryHasEveryTenantAndSeverityAskedAboutWithZeros() {
    AlertSummary summary =
        AlertSummary.of(
            Set.of(Tenant.UTILITY, Tenant.SHARED),
            List.of(
                new AlertSummary.Count(Tenant.UTILITY, AlertSeverity.CRITICAL, 3),
                new AlertSummary.Count(Tenant.SHARED, AlertSeverity.INFO, 2),
                new AlertSummary.Count(Tenant.HOSPITAL, AlertSeverity.INFO, 9)));
    assertThat(summary.open()).isEqualTo(5);
    assertThat(summary.counts())
        .containsExactly(
            new AlertSummary.Count(Tenant.UTILITY, AlertSeverity.INFO, 0),
            new AlertSummary.Count(Tenant.UTILITY, AlertSeverity.WARNING, 0),
            new AlertSummary.Count(Tenant.UTILITY, AlertSeverity.CRITICAL, 3),
            new AlertSummary.Count(Tenant.SHARED, AlertSeverity.INFO, 2),
            new AlertSummary.Count(Tenant.SHARED, AlertSeverity.WARNING, 0),
            new AlertSummary.Count(Tenant.SHARED, AlertSeverity.CRITICAL, 0));
  }

  private static Alert raised(String severity, String tenant, String kind) {
    return new Alert(
        UUID.randomUUID(), "TEST", severity, tenant, kind, "dev-1", RAISED, "test", Map.of());
  }
}
