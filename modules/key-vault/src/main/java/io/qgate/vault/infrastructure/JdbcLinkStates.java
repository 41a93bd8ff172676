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
 * Link QBERs from {@code vault_link_state}, written by whichever instance runs each link. Read at
 * most once a second per link: runners publish once a second.
 */
@ApplicationScoped
public class JdbcLinkStates implements LinkStates {

  private static final long FRESH_NANOS = 1_000_000_000L;

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  private record Reading(Optional<Double> qber, long readAt) {}

  private final Map<String, Reading> readings = new ConcurrentHashMap<>();

  @Override
  public Optional<Double> qber(String linkId) {
    long now = System.nanoTime();
    Reading reading = readings.get(linkId);
    if (reading == null || now - reading.readAt() > FRESH_NANOS) {
      reading = new Reading(read(linkId), now);
      readings.put(linkId, reading);
    }
    return reading.qber();
  }

  private Optional<Double> read(String linkId) {
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement query =
            connection.prepareStatement("SELECT qber FROM vault_link_state WHERE link_id = ?")) {
      query.setString(1, linkId);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          double qber = rows.getDouble(1);
          return rows.wasNull() ? Optional.empty() : Optional.of(qber);
        }
        return Optional.empty();
      }
    } catch (SQLException e) {
      throw EtsiException.unavailable("link state unavailable (" + e.getSQLState() + ")");
    }
  }
}
