package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.vault.domain.monitoring.AttackKind;
import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkHealth;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkSample;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Link monitoring in PostgreSQL: compromise marks and good windows in {@code vault_link_state},
 * eavesdroppers in {@code vault_link_eavesdropper}; the time series is {@link LinkSamples}.
 */
@ApplicationScoped
public class JdbcLinkMonitorStore implements LinkMonitorStore {

  /** Every registered link with its state and eavesdropper, if any; callers add the WHERE. */
  private static final String HEALTH =
      "SELECT l.id, l.protocol, s.status, s.qber, s.secret_key_rate, s.updated_at, s.compromised_at,"
          + " s.compromise_reason, s.last_good_at, e.attack, e.fraction, e.attached_by, e.attached_at"
          + " FROM network_link l LEFT JOIN vault_link_state s ON s.link_id = l.id"
          + " LEFT JOIN vault_link_eavesdropper e ON e.link_id = l.id";

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  public JdbcLinkMonitorStore() {}

  public JdbcLinkMonitorStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<LinkHealth> health(String linkId) {
    return Sql.run(dataSource, c -> health(c, linkId));
  }

  @Override
  public List<LinkHealth> health(Collection<String> linkIds) {
    if (linkIds.isEmpty()) {
      return List.of();
    }
    return Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(HEALTH + " WHERE l.id = ANY(?) ORDER BY l.id")) {
            query.setArray(1, c.createArrayOf("varchar", linkIds.toArray()));
            try (ResultSet r = query.executeQuery()) {
              List<LinkHealth> health = new ArrayList<>();
              while (r.next()) {
                health.add(health(r));
              }
              return health;
            }
          }
        });
  }

  private static Optional<LinkHealth> health(Connection c, String linkId) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(HEALTH + " WHERE l.id = ?")) {
      query.setString(1, linkId);
      try (ResultSet r = query.executeQuery()) {
        return r.next() ? Optional.of(health(r)) : Optional.empty();
      }
    }
  }

  /** The current row of a {@link #HEALTH} query. */
  private static LinkHealth health(ResultSet r) throws SQLException {
    Optional<LinkAttack> attack =
        r.getString(10) == null
            ? Optional.empty()
            : Optional.of(
                new LinkAttack(
                    AttackKind.valueOf(r.getString(10)),
                    r.getDouble(11),
                    r.getString(12),
                    Sql.instant(r, 13)));
    return new LinkHealth(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        Sql.nullableDouble(r, 4),
        Sql.nullableDouble(r, 5),
        Sql.instant(r, 6),
        Sql.instant(r, 7),
        r.getString(8),
        Sql.instant(r, 9),
        attack);
  }

  @Override
  public Optional<LinkAttack> attack(String linkId) {
    return health(linkId).flatMap(LinkHealth::attack);
  }

  @Override
  public boolean markCompromised(String linkId, double qber, String reason) {
    return Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement mark =
              c.prepareStatement(
                  "INSERT INTO vault_link_state (link_id, holder, lease_expires_at, status, qber,"
                      + " secret_key_rate, updated_at, compromised_at, compromise_reason)"
                      + " VALUES (?, '-', now(), 'COMPROMISED', ?, 0, now(), now(), ?)"
                      + " ON CONFLICT (link_id) DO UPDATE SET status = 'COMPROMISED',"
                      + " qber = EXCLUDED.qber, secret_key_rate = 0, updated_at = now(),"
                      + " compromised_at = now(), compromise_reason = EXCLUDED.compromise_reason"
                      + " WHERE vault_link_state.compromised_at IS NULL")) {
            mark.setString(1, linkId);
            mark.setDouble(2, qber);
            mark.setString(3, reason);
            return mark.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void confirmGood(String linkId, Duration window) {
    Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE vault_link_state SET last_good_at = now() WHERE link_id = ?"
                      + " AND compromised_at IS NULL"
                      + " AND (last_good_at IS NULL OR last_good_at <= now() - make_interval(secs => ?))")) {
            update.setString(1, linkId);
            update.setDouble(2, window.toMillis() / 1000.0);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public LinkHealth clear(String linkId, Consumer<LinkHealth> beforeClear) {
    return Sql.transaction(
        dataSource,
        c -> {
          try (PreparedStatement lock =
              c.prepareStatement("SELECT 1 FROM vault_link_state WHERE link_id = ? FOR UPDATE")) {
            lock.setString(1, linkId);
            lock.executeQuery().close();
          }
          LinkHealth health =
              health(c, linkId)
                  .filter(LinkHealth::compromised)
                  .orElseThrow(
                      () -> new ConflictException("link " + linkId + " is not compromised"));
          beforeClear.accept(health);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE vault_link_state SET compromised_at = NULL, compromise_reason = NULL,"
                      + " last_good_at = now(), status = 'RUNNING', updated_at = now() WHERE link_id = ?")) {
            update.setString(1, linkId);
            update.executeUpdate();
          }
          return health;
        });
  }

  @Override
  public void attach(String linkId, LinkAttack attack) {
    Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO vault_link_eavesdropper (link_id, attack, fraction, attached_by, attached_at)"
                      + " VALUES (?, ?, ?, ?, now()) ON CONFLICT (link_id) DO UPDATE SET attack = EXCLUDED.attack,"
                      + " fraction = EXCLUDED.fraction, attached_by = EXCLUDED.attached_by,"
                      + " attached_at = EXCLUDED.attached_at")) {
            upsert.setString(1, linkId);
            upsert.setString(2, attack.kind().name());
            upsert.setDouble(3, attack.fraction());
            upsert.setString(4, attack.attachedBy());
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public boolean detach(String linkId) {
    return Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM vault_link_eavesdropper WHERE link_id = ?")) {
            delete.setString(1, linkId);
            return delete.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void record(List<LinkSample> samples) {
    LinkSamples.record(dataSource, samples);
  }

  @Override
  public List<LinkSample> samples(String linkId, Instant from, Instant to, Duration step) {
    return LinkSamples.read(dataSource, linkId, from, to, step);
  }

  @Override
  public long purge(Instant before) {
    return LinkSamples.purge(dataSource, before);
  }
}
