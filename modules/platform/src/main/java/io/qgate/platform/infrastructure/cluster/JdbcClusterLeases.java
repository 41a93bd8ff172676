package io.qgate.platform.infrastructure.cluster;

import io.qgate.platform.domain.UnavailableException;
import io.qgate.platform.domain.cluster.ClusterLeases;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

/** Leases as rows of {@code cluster_lease} (V11), timed by the database's clock. */
@ApplicationScoped
public class JdbcClusterLeases implements ClusterLeases {

  private static final String HOLD =
      "INSERT INTO cluster_lease (name, holder, expires_at, acquired_at)"
          + " VALUES (?, ?, now() + make_interval(secs => ?), now())"
          + " ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder,"
          + " expires_at = EXCLUDED.expires_at,"
          + " acquired_at = CASE WHEN cluster_lease.holder = EXCLUDED.holder"
          + " THEN cluster_lease.acquired_at ELSE EXCLUDED.acquired_at END"
          + " WHERE cluster_lease.holder = EXCLUDED.holder OR cluster_lease.expires_at < now()";
  private static final String RELEASE =
      "UPDATE cluster_lease SET expires_at = now() - interval '1 second'"
          + " WHERE name = ? AND holder = ?";

  private static final String COUNT =
      "SELECT count(*) FROM cluster_lease WHERE starts_with(name, ?) AND expires_at > now()";
  private static final String FORGET =
      "DELETE FROM cluster_lease WHERE starts_with(name, ?) AND expires_at < now() - interval '1 day'";

  private final String instance =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  public JdbcClusterLeases() {}

  /** Outside a container (tests): leases in {@code dataSource}. */
  public JdbcClusterLeases(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String instance() {
    return instance;
  }

  @Override
  public boolean hold(String name, Duration ttl) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement hold = connection.prepareStatement(HOLD)) {
      hold.setString(1, name);
      hold.setString(2, instance);
      hold.setDouble(3, ttl.toMillis() / 1000.0);
      return hold.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new UnavailableException("cluster lease " + name + ": " + e.getMessage());
    }
  }

  @Override
  public int count(String prefix) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement forget = connection.prepareStatement(FORGET);
        PreparedStatement count = connection.prepareStatement(COUNT)) {
      forget.setString(1, prefix);
      forget.executeUpdate();
      count.setString(1, prefix);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new UnavailableException("cluster leases " + prefix + "*: " + e.getMessage());
    }
  }

  @Override
  public void release(String name) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setString(1, name);
      release.setString(2, instance);
      release.executeUpdate();
    } catch (SQLException e) {
      throw new UnavailableException("cluster lease " + name + ": " + e.getMessage());
    }
  }
}
