package io.qgate.alerts.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.alerts.domain.AlertFilter;
import io.qgate.alerts.domain.AlertSeverity;
import io.qgate.alerts.domain.AlertState;
import io.qgate.alerts.domain.AlertSummary;
import io.qgate.alerts.domain.SourceKind;
import io.qgate.alerts.domain.StoredAlert;
import io.qgate.audit.TestPostgres;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JPA repository on a real PostgreSQL migrated by db/ (V10), connected as the application role
 * as the platform is: the same alert stored twice is one row, lists are scoped by tenant in the
 * query (pages and totals exact), filters combine, an acknowledgement changes only the columns the
 * role may change, and the role can neither rewrite nor delete an alert.
 */
class JpaAlertRepositoryDatabaseTest {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static TestPostgres postgres;

  private String url;
  private EntityManagerFactory factory;

  @BeforeAll
  static void startPostgres() throws SQLException {
    postgres = TestPostgres.start("alerts");
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @BeforeEach
  void database() throws SQLException {
    url = postgres.newDatabase();
    Configuration configuration = new Configuration().addAnnotatedClass(StoredAlert.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, TestPostgres.APP_ROLE);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "x");
    configuration.setProperty(AvailableSettings.POOL_SIZE, "4");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
    // As the platform's persistence unit (modules/console persistence.xml) configures Hibernate.
    configuration.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
    configuration.setProperty(AvailableSettings.DIALECT, "org.hibernate.dialect.PostgreSQLDialect");
    configuration.setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
    factory = configuration.buildSessionFactory();
  }

  @AfterEach
  void closeFactory() {
    if (factory != null) {
      factory.close();
    }
  }

  @Test
  void theSameAlertStoredTwiceIsOneRowAndReadsBackAsWritten() throws Exception {
    StoredAlert alert =
        alert(Tenant.UTILITY, AlertSeverity.CRITICAL, SourceKind.DEVICE, "pmu-1", T0, "{\"a\":1}");
    boolean first = inTransaction(repo -> repo.storeIfAbsent(alert));
    boolean again = inTransaction(repo -> repo.storeIfAbsent(alert));
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    // Two instances storing the same redelivered record at once: one row still.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      StoredAlert raced =
          alert(Tenant.PLANT, AlertSeverity.WARNING, SourceKind.DEVICE, "plc-1", T0, "{}");
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(
            pool.submit((Callable<Boolean>) () -> inTransaction(r -> r.storeIfAbsent(raced))));
      }
      int fresh = 0;
      for (Future<Boolean> result : results) {
        fresh += result.get() ? 1 : 0;
      }
      assertThat(fresh).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("SELECT count(*) FROM alert")).isEqualTo(2);

    StoredAlert read = inTransaction(repo -> repo.find(alert.alertId()).orElseThrow());
    assertThat(read.type()).isEqualTo("PMU_FREQUENCY_EXCURSION");
    assertThat(read.tenant()).isEqualTo(Tenant.UTILITY);
    assertThat(read.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(read.sourceKind()).isEqualTo(SourceKind.DEVICE);
    assertThat(read.sourceId()).isEqualTo("pmu-1");
    assertThat(read.raisedAt()).isEqualTo(T0);
    assertThat(read.message()).isEqualTo("pmu-1 at " + T0);
    assertThat(read.details()).isEqualTo("{\"a\": 1}"); // jsonb's own spelling
    assertThat(read.state()).isEqualTo(AlertState.OPEN);
    assertThat(read.acknowledgedBy()).isNull();
    Optional<StoredAlert> none = inTransaction(repo -> repo.find(UUID.randomUUID()));
    assertThat(none).isEmpty();
  }

  @Test
  void listsAreScopedByTenantInTheQueryWithExactPagesNewestFirst() {
    // 7 UTILITY, 5 HOSPITAL, 3 SHARED, raised a minute apart, interleaved.
    List<StoredAlert> all = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      Tenant tenant =
          i % 3 == 0 && i < 9 ? Tenant.SHARED : i % 2 == 0 ? Tenant.UTILITY : Tenant.HOSPITAL;
      all.add(
          alert(
              tenant,
              AlertSeverity.WARNING,
              tenant == Tenant.SHARED ? SourceKind.LINK : SourceKind.DEVICE,
              "src-" + i,
              T0.plusSeconds(60L * i),
              "{}"));
    }
    inTransaction(repo -> all.stream().filter(repo::storeIfAbsent).count());
    long utility = all.stream().filter(a -> a.tenant() == Tenant.UTILITY).count();
    long shared = all.stream().filter(a -> a.tenant() == Tenant.SHARED).count();

    // A grid operator's scope: UTILITY and SHARED, in pages of 4.
    TenantScope grid = TenantScope.of(Set.of(Tenant.UTILITY));
    List<String> seen = new ArrayList<>();
    Instant previous = Instant.MAX;
    for (int page = 0; ; page++) {
      int p = page;
      Page<StoredAlert> found =
          inTransaction(repo -> repo.list(AlertFilter.within(grid), new PageRequest(p, 4)));
      assertThat(found.totalItems()).isEqualTo(utility + shared);
      assertThat(found.totalPages()).isEqualTo((utility + shared + 3) / 4);
      if (found.items().isEmpty()) {
        break;
      }
      assertThat(found.items()).hasSizeLessThanOrEqualTo(4);
      for (StoredAlert alert : found.items()) {
        assertThat(alert.tenant()).isIn(Tenant.UTILITY, Tenant.SHARED);
        assertThat(alert.raisedAt()).isBefore(previous);
        previous = alert.raisedAt();
        seen.add(alert.sourceId());
      }
      if (page < found.totalPages() - 1) {
        assertThat(found.items()).hasSize(4);
      }
    }
    assertThat(seen)
        .doesNotHaveDuplicates()
        .hasSize((int) (utility + shared))
        .containsExactlyElementsOf(
            all.stream()
                .filter(a -> grid.includes(a.tenant()))
                .sorted((a, b) -> b.raisedAt().compareTo(a.raisedAt()))
                .map(StoredAlert::sourceId)
                .toList());

    // Narrowed to one tenant; everything for an admin.
    assertThat(
            inTransaction(
                    repo ->
                        repo.list(
                            AlertFilter.within(grid.narrowedTo(Tenant.SHARED)),
                            new PageRequest(0, 50)))
                .items())
        .hasSize((int) shared)
        .allMatch(a -> a.tenant() == Tenant.SHARED);
    assertThat(
            inTransaction(
                    repo -> repo.list(AlertFilter.within(TenantScope.ALL), new PageRequest(0, 5)))
                .totalItems())
        .isEqualTo(15);
  }

  @Test
  void filtersCombineAndTheRangeIsFromInclusiveToExclusive() {
    StoredAlert linkCritical =
        alert(Tenant.SHARED, AlertSeverity.CRITICAL, SourceKind.LINK, "core-grid", T0, "{}");
    StoredAlert linkInfo =
        alert(
            Tenant.SHARED,
            AlertSeverity.INFO,
            SourceKind.LINK,
            "core-grid",
            T0.plusSeconds(60),
            "{}");
    StoredAlert device =
        alert(
            Tenant.UTILITY,
            AlertSeverity.CRITICAL,
            SourceKind.DEVICE,
            "pmu-7",
            T0.plusSeconds(120),
            "{}");
    StoredAlert hospital =
        alert(
            Tenant.HOSPITAL,
            AlertSeverity.CRITICAL,
            SourceKind.DEVICE,
            "bed-3",
            T0.plusSeconds(180),
            "{}");
    inTransaction(
        repo ->
            List.of(linkCritical, linkInfo, device, hospital).stream()
                .filter(repo::storeIfAbsent)
                .count());
    inTransaction(
        repo -> {
          repo.findForUpdate(linkInfo.alertId()).orElseThrow().acknowledge("grace", null, T0);
          return null;
        });

    TenantScope all = TenantScope.ALL;
    assertThat(ids(new AlertFilter(all, AlertState.OPEN, null, null, "core-grid", null, null)))
        .containsExactly(linkCritical.alertId());
    assertThat(ids(new AlertFilter(all, AlertState.ACKNOWLEDGED, null, null, null, null, null)))
        .containsExactly(linkInfo.alertId());
    assertThat(
            ids(
                new AlertFilter(
                    all, null, AlertSeverity.CRITICAL, SourceKind.DEVICE, null, null, null)))
        .containsExactly(hospital.alertId(), device.alertId());
    assertThat(ids(new AlertFilter(all, null, null, SourceKind.LINK, null, null, null)))
        .containsExactly(linkInfo.alertId(), linkCritical.alertId());
    assertThat(
            ids(
                new AlertFilter(
                    all, null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(180))))
        .containsExactly(device.alertId(), linkInfo.alertId());
    assertThat(ids(new AlertFilter(all, null, null, null, "nothing-here", null, null))).isEmpty();
    // The scope still applies under every filter.
    TenantScope hospitalScope = TenantScope.of(Set.of(Tenant.HOSPITAL));
    assertThat(
            ids(
                new AlertFilter(
                    hospitalScope, null, AlertSeverity.CRITICAL, null, null, null, null)))
        .containsExactly(hospital.alertId(), linkCritical.alertId());
    assertThat(ids(new AlertFilter(hospitalScope, null, null, null, "pmu-7", null, null)))
        .isEmpty();

    // Open counts by tenant and severity, within a scope.
    List<AlertSummary.Count> counts = inTransaction(repo -> repo.openCounts(hospitalScope));
    assertThat(counts)
        .containsExactlyInAnyOrder(
            new AlertSummary.Count(Tenant.HOSPITAL, AlertSeverity.CRITICAL, 1),
            new AlertSummary.Count(Tenant.SHARED, AlertSeverity.CRITICAL, 1));
    AlertSummary summary =
        AlertSummary.of(EnumSet.allOf(Tenant.class), inTransaction(repo -> repo.openCounts(all)));
    assertThat(summary.open()).isEqualTo(3);
    assertThat(summary.counts()).hasSize(4 * 3);
  }

  @Test
  void anAcknowledgementChangesOnlyItsColumnsOnceAndTheRoleCannotRewriteOrDelete()
      throws SQLException {
    StoredAlert alert =
        alert(
            Tenant.UTILITY,
            AlertSeverity.CRITICAL,
            SourceKind.DEVICE,
            "pmu-2",
            T0,
            "{\"hz\":49.2}");
    inTransaction(repo -> repo.storeIfAbsent(alert));
    Instant at = T0.plusSeconds(300);
    inTransaction(
        repo -> {
          StoredAlert locked = repo.findForUpdate(alert.alertId()).orElseThrow();
          locked.acknowledge("grace", " breaker reset ", at);
          repo.update(locked); // written now, inside the transaction, as the service does
          assertThat(repo.find(alert.alertId()).orElseThrow().acknowledgedBy()).isEqualTo("grace");
          return null;
        });
    StoredAlert read = inTransaction(repo -> repo.find(alert.alertId()).orElseThrow());
    assertThat(read.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(read.acknowledgedBy()).isEqualTo("grace");
    assertThat(read.acknowledgedAt()).isEqualTo(at);
    assertThat(read.ackNote()).isEqualTo("breaker reset");
    assertThat(read.details()).isEqualTo("{\"hz\": 49.2}");

    assertThatThrownBy(
            () ->
                inTransaction(
                    repo -> {
                      repo.findForUpdate(alert.alertId())
                          .orElseThrow()
                          .acknowledge("hugo", null, at.plusSeconds(1));
                      return null;
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("acknowledged by grace");
    String by = inTransaction(repo -> repo.find(alert.alertId()).orElseThrow().acknowledgedBy());
    assertThat(by).isEqualTo("grace");

    // The application role: no rewriting what was raised, no deleting (alerts are kept).
    try (Connection connection = postgres.asApp(url).getConnection();
        Statement sql = connection.createStatement()) {
      for (String statement :
          List.of(
              "UPDATE alert SET tenant = 'HOSPITAL'",
              "UPDATE alert SET message = 'nothing happened'",
              "DELETE FROM alert",
              "TRUNCATE alert")) {
        assertThatThrownBy(() -> sql.execute(statement))
            .as(statement)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
      }
    }
    // The table refuses an acknowledgement without who and when.
    try (Connection connection = postgres.asApp(url).getConnection();
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () -> sql.execute("UPDATE alert SET state = 'ACKNOWLEDGED', acknowledged_by = NULL"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("alert_acknowledgement");
    }
  }

  // --- helpers ------------------------------------------------------------------------------

  private List<UUID> ids(AlertFilter filter) {
    return inTransaction(repo -> repo.list(filter, new PageRequest(0, 50))).items().stream()
        .map(StoredAlert::alertId)
        .toList();
  }

  private <T> T inTransaction(Function<JpaAlertRepository, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(new JpaAlertRepository(em));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private long count(String query) throws SQLException {
    try (Connection connection = postgres.connectAsOwner(url);
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static StoredAlert alert(
      Tenant tenant,
      AlertSeverity severity,
      SourceKind kind,
      String sourceId,
      Instant raisedAt,
      String details) {
    return new StoredAlert(
        UUID.randomUUID(),
        kind == SourceKind.LINK ? "LINK_COMPROMISED" : "PMU_FREQUENCY_EXCURSION",
        severity,
        tenant,
        kind,
        sourceId,
        raisedAt,
        sourceId + " at " + raisedAt,
        details);
  }
}
