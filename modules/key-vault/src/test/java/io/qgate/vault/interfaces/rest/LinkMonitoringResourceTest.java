package io.qgate.vault.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.network.application.LinkService;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.vault.application.LinkOperationsService;
import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkHealth;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input to the monitoring endpoints is a 400 naming the field; wrong targets 404 or 409. */
class LinkMonitoringResourceTest {

  private final Map<String, String> protocols =
      new HashMap<>(
          Map.of("l-sim", "BB84_DECOY", "l-e91", "E91", "l-cv", "CV_GG02", "l-hw", "BB84"));
  private final Map<String, LinkAttack> attached = new HashMap<>();
  private final LinkMonitoringResource resource = resource();

  @Test
  void telemetryRangesAreCheckedFieldByField() {
    field(() -> resource.telemetry("l-sim", "yesterday", null, null), "from");
    field(() -> resource.telemetry("l-sim", null, "2026-13-01T00:00:00Z", null), "to");
    field(
        () -> resource.telemetry("l-sim", "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z", null),
        "from");
    field(() -> resource.telemetry("l-sim", null, null, "0"), "step");
    field(() -> resource.telemetry("l-sim", null, null, "90000"), "step");
    field(() -> resource.telemetry("l-sim", null, null, "1m"), "step");
    field(
        () -> resource.telemetry("l-sim", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "1"),
        "step"); // 86,400 points
    TelemetryView view =
        resource.telemetry("l-sim", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "60");
    assertThat(view.stepSeconds()).isEqualTo(60);
    assertThat(view.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(resource.telemetry("l-sim", null, null, null).stepSeconds()).isEqualTo(1);
    assertThatThrownBy(() -> resource.telemetry("l-nowhere", null, null, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void eavesdroppersAreCheckedFieldByField() {
    field(() -> resource.attach("l-sim", new EavesdropperRequest(null, 0.3)), "attack");
    field(() -> resource.attach("l-sim", new EavesdropperRequest("MITM", 0.3)), "attack");
    field(() -> resource.attach("l-sim", new EavesdropperRequest("PNS", 0.5)), "fraction");
    field(
        () -> resource.attach("l-sim", new EavesdropperRequest("INTERCEPT_RESEND", null)),
        "fraction");
    field(
        () -> resource.attach("l-sim", new EavesdropperRequest("INTERCEPT_RESEND", 1.5)),
        "fraction");
    field(
        () -> resource.attach("l-sim", new EavesdropperRequest("INTERCEPT_RESEND", 0.0)),
        "fraction");
    field(() -> resource.attach("l-e91", new EavesdropperRequest("PNS", null)), "attack");
    assertThatThrownBy(() -> resource.attach("l-hw", new EavesdropperRequest("PNS", null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("external QKD hardware");
    assertThatThrownBy(() -> resource.attach("l-cv", new EavesdropperRequest("PNS", null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("does not simulate CV_GG02");
    assertThatThrownBy(() -> resource.attach("l-x", new EavesdropperRequest("PNS", null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(attached).isEmpty();

    LinkHealthView health =
        resource.attach("l-sim", new EavesdropperRequest("intercept_resend", 0.3));
    assertThat(health.eavesdropper().attack()).isEqualTo("INTERCEPT_RESEND");
    assertThat(health.eavesdropper().fraction()).isEqualTo(0.3);
    assertThat(resource.attach("l-e91", new EavesdropperRequest("INTERCEPT_RESEND", 1.0)).usable())
        .isTrue();
    assertThat(resource.detach("l-sim").eavesdropper()).isNull();
    assertThatThrownBy(() -> resource.detach("l-sim")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyACompromisedLinkCanBeCleared() {
    assertThatThrownBy(() -> resource.clear("l-sim", new ReasonRequest("checked")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not compromised");
  }

  @Test
  void theHealthListAnswersForTheVisibleLinksThatStillExistInOrder() {
    List<TenantScope> asked = new ArrayList<>();
    LinkHealthListResource list = new LinkHealthListResource();
    list.service = resource.service;
    list.links =
        new LinkService() {
          @Override
          public List<String> visibleIds(TenantScope scope) {
            asked.add(scope);
            return List.of("l-e91", "l-removed-meanwhile", "l-sim");
          }
        };

    assertThat(list.list()).extracting(LinkHealthView::linkId).containsExactly("l-e91", "l-sim");
    assertThat(asked).containsExactly(TenantScope.of(Set.of()));
  }

  private static void field(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  private LinkMonitoringResource resource() {
    LinkOperationsService service = new LinkOperationsService();
    Fields.set(service, "store", new MemoryStore());
    Fields.set(
        service, "hardware", (io.qgate.vault.domain.monitoring.HardwareLinks) "l-hw"::equals);
    Fields.set(
        service,
        "auditTrail",
        new io.qgate.audit.application.AuditTrail() {
          @Override
          public io.qgate.audit.domain.AuditRecord record(io.qgate.audit.domain.AuditEvent event) {
            return null;
          }
        });
    LinkMonitoringResource resource = new LinkMonitoringResource();
    resource.service = service;
    // Every link is visible here: tenant scoping is LinkService's, tested with the registry.
    resource.links =
        new LinkService() {
          @Override
          public io.qgate.network.domain.Link get(String id, TenantScope scope) {
            return null;
          }
        };
    return resource;
  }

  /** Only what the operations read: which links exist, their protocol, the attached attack. */
  private final class MemoryStore implements LinkMonitorStore {
    @Override
    public Optional<LinkHealth> health(String linkId) {
      return Optional.ofNullable(protocols.get(linkId))
          .map(
              p ->
                  new LinkHealth(
                      linkId,
                      p,
                      "RUNNING",
                      0.02,
                      1e3,
                      Instant.now(),
                      null,
                      null,
                      null,
                      Optional.ofNullable(attached.get(linkId))));
    }

    @Override
    public List<LinkHealth> health(Collection<String> linkIds) {
      return linkIds.stream().sorted().map(this::health).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<LinkAttack> attack(String linkId) {
      return Optional.ofNullable(attached.get(linkId));
    }

    @Override
    public boolean markCompromised(String linkId, double qber, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void confirmGood(String linkId, Duration window) {}

    @Override
    public LinkHealth clear(String linkId, Consumer<LinkHealth> beforeClear) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void attach(String linkId, LinkAttack attack) {
      attached.put(linkId, attack);
    }

    @Override
    public boolean detach(String linkId) {
      return attached.remove(linkId) != null;
    }

    @Override
    public void record(List<LinkSample> samples) {}

    @Override
    public List<LinkSample> samples(String linkId, Instant from, Instant to, Duration step) {
      return List.of();
    }

    @Override
    public long purge(Instant before) {
      return 0;
    }
  }
}
