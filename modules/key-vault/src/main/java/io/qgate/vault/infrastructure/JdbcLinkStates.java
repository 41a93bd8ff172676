package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.LinkStates;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Link QBERs and compromise marks from {@code vault_link_state}, written by whichever instance runs
 * each link. Read at most once a second per link: runners publish once a second.
 */
@ApplicationScoped
public class JdbcLinkStates implements LinkStates {

  private static final long FRESH_NANOS = 1_000_000_000L;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  private record Reading(Optional<Double> qber, Optional<String> compromise, long readAt) {}

  private final Map<String, Reading> readings = new ConcurrentHashMap<>();

  @Override
  public Optional<Double> qber(String linkId) {
    return reading(linkId).qber();
  }

  @Override
  public Optional<String> compromise(String linkId) {
    return reading(linkId).compromise();
  }

  private Reading reading(String linkId) {
    long now = System.nanoTime();
    Reading reading = readings.get(linkId);
    if (reading == null || now - reading.readAt() > FRESH_NANOS) {
      reading = read(linkId, now);
      readings.put(linkId, reading);
    }
    return reading;
  }

  private Reading read(String linkId, long now) {
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT qber, compromised_at IS NOT NULL, compromise_reason FROM vault_link_state"
                    + " WHERE link_id = ?")) {
      query.setString(1, linkId);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          double qber = rows.getDouble(1);
          Optional<Double> measured = rows.wasNull() ? Optional.empty() : Optional.of(qber);
          Optional<String> compromise =
              rows.getBoolean(2)
                  ? Optional.of(Optional.ofNullable(rows.getString(3)).orElse("marked compromised"))
                  : Optional.empty();
          return new Reading(measured, compromise, now);
        }
        return new Reading(Optional.empty(), Optional.empty(), now);
      }
    } catch (SQLException e) {
      throw EtsiException.unavailable("link state unavailable (" + e.getSQLState() + ")");
    }
  }
}
