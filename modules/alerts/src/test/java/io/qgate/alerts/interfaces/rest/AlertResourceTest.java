package io.qgate.alerts.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.alerts.application.AlertService;
import io.qgate.alerts.domain.AlertFilter;
import io.qgate.alerts.domain.AlertRepository;
import io.qgate.alerts.domain.AlertSeverity;
import io.qgate.alerts.domain.AlertSummary;
import io.qgate.alerts.domain.SourceKind;
import io.qgate.alerts.domain.StoredAlert;
import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Field;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the alert endpoints is a 400 naming the field; another tenant's alert is 403, an
 * unknown one 404, a second acknowledgement 409; an acknowledgement is audited with who made it.
 */
class AlertResourceTest {

  private static final String ANY_ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

  private final Map<UUID, StoredAlert> store = new LinkedHashMap<>();
  private final List<AuditEvent> audited = new ArrayList<>();

  @Test
  void listFiltersAreCheckedFieldByField() {
    AlertResource grace = resource("grace", Set.of("grid-operator"), List.of("utility"));
    field(() -> list(grace, "tenant", "BANK"), "tenant");
    field(() -> list(grace, "state", "CLOSED"), "state");
    field(() -> list(grace, "severity", "URGENT"), "severity");
    field(() -> list(grace, "sourceKind", "SATELLITE"), "sourceKind");
    field(() -> list(grace, "sourceId", "x".repeat(201)), "sourceId");
    field(() -> list(grace, "from", "yesterday"), "from");
    field(() -> list(grace, "to", "2026-13-01T00:00:00Z"), "to");
    field(
        () ->
            grace.list(
                null,
                null,
                null,
                null,
                null,
                "2026-01-02T00:00:00Z",
                "2026-01-01T00:00:00Z",
                null,
                null),
        "from");
    field(() -> list(grace, "page", "-1"), "page");
    field(() -> list(grace, "page", "first"), "page");
    field(() -> list(grace, "size", "0"), "size");
    field(() -> list(grace, "size", "201"), "size");
    // Well-formed values pass, in any case.
    assertThat(list(grace, "state", "open").items()).isEmpty();
    assertThat(list(grace, "sourceKind", "device").items()).isEmpty();
  }

  @Test
  void listsShowTheCallersTenantsAndSharedAndAskingForAnotherTenantIs403() {
    StoredAlert utility = stored(Tenant.UTILITY, SourceKind.DEVICE, "pmu-1", 1);
    StoredAlert hospital = stored(Tenant.HOSPITAL, SourceKind.DEVICE, "bed-1", 2);
    StoredAlert shared = stored(Tenant.SHARED, SourceKind.LINK, "core-grid", 3);
    AlertResource grace = resource("grace", Set.of("grid-operator"), List.of("utility"));
    assertThat(grace.list(null, null, null, null, null, null, null, null, null).items())
        .extracting(AlertView::alertId)
        .containsExactly(shared.alertId().toString(), utility.alertId().toString());
    assertThat(list(grace, "tenant", "shared").items())
        .extracting(AlertView::sourceId)
        .containsExactly("core-grid");
    assertThatThrownBy(() -> list(grace, "tenant", "HOSPITAL"))
        .isInstanceOf(ForbiddenException.class);

    AlertResource hugo = resource("hugo", Set.of("hospital-operator"), List.of("hospital"));
    assertThat(hugo.get(hospital.alertId().toString()).sourceId()).isEqualTo("bed-1");
    assertThat(hugo.get(shared.alertId().toString()).details().getString("link"))
        .isEqualTo("core-grid");
    assertThatThrownBy(() -> hugo.get(utility.alertId().toString()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("tenant UTILITY");
    assertThatThrownBy(() -> hugo.acknowledge(utility.alertId().toString(), null))
        .isInstanceOf(ForbiddenException.class);
    assertThat(utility.isOpen()).isTrue();

    AlertSummaryView summary = hugo.summary();
    assertThat(summary.open()).isEqualTo(2);
    assertThat(summary.counts())
        .extracting(AlertSummaryView.CountView::tenant)
        .containsOnly("HOSPITAL", "SHARED");
  }

  @Test
  void idsMustBeUuidsAndUnknownAlertsAreNotFound() {
    AlertResource adam = resource("adam", Set.of("platform-admin"), List.of());
    for (String id : new String[] {"not-a-uuid", "1-2-3-4-5", "", ANY_ID + "0"}) {
      field(() -> adam.get(id), "id");
      field(() -> adam.acknowledge(id, new AcknowledgeRequest("n")), "id");
    }
    assertThatThrownBy(() -> adam.get(ANY_ID)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> adam.acknowledge(ANY_ID, null)).isInstanceOf(NotFoundException.class);
    assertThat(audited).isEmpty();
  }

  @Test
  void anAcknowledgementRecordsWhoAndIsAuditedOnceAndTheNoteIsChecked() {
    StoredAlert alert = stored(Tenant.UTILITY, SourceKind.DEVICE, "pmu-9", 1);
    String id = alert.alertId().toString();
    AlertResource grace = resource("grace", Set.of("grid-operator"), List.of("utility"));

    field(() -> grace.acknowledge(id, new AcknowledgeRequest("x".repeat(501))), "note");
    assertThat(alert.isOpen()).isTrue();
    assertThat(audited).isEmpty();

    AlertView view = grace.acknowledge(id, new AcknowledgeRequest(" checked the PMU "));
    assertThat(view.state()).isEqualTo("ACKNOWLEDGED");
    assertThat(view.acknowledgedBy()).isEqualTo("grace");
    assertThat(view.acknowledgedAt()).isNotNull();
    assertThat(view.ackNote()).isEqualTo("checked the PMU");
    assertThat(audited).hasSize(1);
    AuditEvent event = audited.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.ALERT_ACKNOWLEDGED);
    assertThat(event.actor()).isEqualTo("grace");
    assertThat(event.tenant()).isEqualTo("UTILITY");
    assertThat(event.subject()).isEqualTo("alert " + id);
    assertThat(event.details())
        .contains("\"note\":\"checked the PMU\"", "\"severity\":\"WARNING\"");

    assertThatThrownBy(() -> grace.acknowledge(id, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("acknowledged by grace");
    assertThat(audited).hasSize(1);

    // Without a body, or with a blank note: acknowledged without a note.
    StoredAlert other = stored(Tenant.UTILITY, SourceKind.DEVICE, "pmu-10", 2);
    assertThat(grace.acknowledge(other.alertId().toString(), null).ackNote()).isNull();
    StoredAlert third = stored(Tenant.UTILITY, SourceKind.DEVICE, "pmu-11", 3);
    assertThat(
            grace.acknowledge(third.alertId().toString(), new AcknowledgeRequest("  ")).ackNote())
        .isNull();
  }

  // --- fixtures -----------------------------------------------------------------------------

  private static Page<AlertView> list(AlertResource resource, String parameter, String value) {
    Map<String, String> p = Map.of(parameter, value);
    return resource.list(
        p.get("tenant"),
        p.get("state"),
        p.get("severity"),
        p.get("sourceKind"),
        p.get("sourceId"),
        p.get("from"),
        p.get("to"),
        p.get("page"),
        p.get("size"));
  }

  private static void field(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  private StoredAlert stored(Tenant tenant, SourceKind kind, String sourceId, int minute) {
    StoredAlert alert =
        new StoredAlert(
            UUID.randomUUID(),
            kind == SourceKind.LINK ? "LINK_COMPROMISED" : "PMU_FREQUENCY_EXCURSION",
            AlertSeverity.WARNING,
            tenant,
            kind,
            sourceId,
            Instant.parse("2026-11-27T03:00:00Z").plusSeconds(60L * minute),
            "test",
            "{\"link\":\"" + sourceId + "\"}");
    store.put(alert.alertId(), alert);
    return alert;
  }

  private AlertResource resource(String user, Set<String> groups, List<String> tenants) {
    AlertService service = new AlertService();
    set(service, "alerts", new MemoryRepository());
    set(
        service,
        "auditTrail",
        new AuditTrail() {
          @Override
          public AuditRecord record(AuditEvent event) {
            audited.add(event);
            return null;
          }
        });
    AlertResource resource = new AlertResource();
    resource.service = service;
    resource.security = new TokenSecurity(new Token(user, groups, tenants));
    return resource;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository's contract over a map: scope and filters applied, newest first. */
  private final class MemoryRepository implements AlertRepository {
    @Override
    public boolean storeIfAbsent(StoredAlert alert) {
      return store.putIfAbsent(alert.alertId(), alert) == null;
    }

    @Override
    public Optional<StoredAlert> find(UUID alertId) {
      return Optional.ofNullable(store.get(alertId));
    }

    @Override
    public Optional<StoredAlert> findForUpdate(UUID alertId) {
      return find(alertId);
    }

    @Override
    public void update(StoredAlert alert) {}

    @Override
    public Page<StoredAlert> list(AlertFilter f, PageRequest page) {
      List<StoredAlert> all =
          store.values().stream()
              .filter(a -> f.scope().includes(a.tenant()))
              .filter(a -> f.state() == null || a.state() == f.state())
              .filter(a -> f.severity() == null || a.severity() == f.severity())
              .filter(a -> f.sourceKind() == null || a.sourceKind() == f.sourceKind())
              .filter(a -> f.sourceId() == null || a.sourceId().equals(f.sourceId()))
              .sorted(Comparator.comparing(StoredAlert::raisedAt).reversed())
              .toList();
      return Page.of(
          all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public List<AlertSummary.Count> openCounts(TenantScope scope) {
      Map<List<Object>, Long> counts = new LinkedHashMap<>();
      store.values().stream()
          .filter(a -> a.isOpen() && scope.includes(a.tenant()))
          .forEach(a -> counts.merge(List.of(a.tenant(), a.severity()), 1L, Long::sum));
      return counts.entrySet().stream()
          .map(
              e ->
                  new AlertSummary.Count(
                      (Tenant) e.getKey().get(0), (AlertSeverity) e.getKey().get(1), e.getValue()))
          .toList();
    }
  }

  /** A validated bearer token as MicroProfile JWT hands it over. */
  private record Token(String name, Set<String> groups, List<String> tenants)
      implements JsonWebToken {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public Set<String> getGroups() {
      return groups;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("upn", "groups", "tenants");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return switch (claimName) {
        case "upn" -> (T) name;
        case "groups" -> (T) groups;
        case "tenants" -> (T) tenants;
        default -> null;
      };
    }
  }

  private record TokenSecurity(Principal principal) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return true;
    }

    @Override
    public String getAuthenticationScheme() {
      return "MP-JWT";
    }
  }
}
