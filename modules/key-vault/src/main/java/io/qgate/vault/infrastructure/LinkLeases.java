package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.cluster.ClusterLeases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which links this instance runs, in {@code vault_link_state}'s leases: every instance that runs
 * links takes a fair share of them — at most ⌈links ÷ instances⌉ — renewing its own, giving up the
 * ones beyond its share and claiming free or expired ones up to it. An instance that joins gets
 * links within a second or two; one that dies leaves its links free when its leases expire, and the
 * survivors' shares grow to take them. Instances count themselves by a membership lease ({@value
 * #MEMBERSHIP}{@code <instance>}).
 */
final class LinkLeases {

  static final Duration LEASE = Duration.ofSeconds(10);
  static final String MEMBERSHIP = "link-runner:";

  private static final String HOLDERS =
      "SELECT link_id, holder FROM vault_link_state"
          + " WHERE link_id = ANY (?) AND lease_expires_at > now()";
  private static final String CLAIM =
      "INSERT INTO vault_link_state (link_id, holder, lease_expires_at, status, updated_at)"
          + " VALUES (?, ?, now() + make_interval(secs => ?), 'RUNNING', now())"
          + " ON CONFLICT (link_id) DO UPDATE SET holder = EXCLUDED.holder,"
          + " lease_expires_at = EXCLUDED.lease_expires_at"
          + " WHERE vault_link_state.holder = EXCLUDED.holder"
          + " OR vault_link_state.lease_expires_at < now()";
  private static final String RELEASE =
      "UPDATE vault_link_state SET lease_expires_at = now() - interval '1 second'"
          + " WHERE holder = ? AND (? OR link_id = ?)";

  private final ClusterLeases cluster;
  private final Duration lease;

  LinkLeases(ClusterLeases cluster) {
    this(cluster, LEASE);
  }

  /** With leases of {@code lease} (tests shorten it). */
  LinkLeases(ClusterLeases cluster, Duration lease) {
    this.cluster = cluster;
    this.lease = lease;
  }

  /** Of {@code runnable} (the links with a source, in id order), those this instance runs now. */
  List<String> claim(Connection connection, List<String> runnable) throws SQLException {
    cluster.hold(MEMBERSHIP + cluster.instance(), lease);
    int instances = Math.max(1, cluster.count(MEMBERSHIP));
    int share = (runnable.size() + instances - 1) / instances;
    Map<String, String> holders = holders(connection, runnable);
    List<String> mine = new ArrayList<>();
    for (String link : runnable) {
      if (cluster.instance().equals(holders.get(link))) {
        if (mine.size() < share && claim(connection, link)) {
          mine.add(link);
        } else {
          release(connection, link);
        }
      }
    }
    for (String link : runnable) {
      if (mine.size() < share && !holders.containsKey(link) && claim(connection, link)) {
        mine.add(link);
      }
    }
    return mine;
  }

  /** On a clean stop: every link and the membership go, so the others take over at once. */
  void releaseAll(Connection connection) throws SQLException {
    release(connection, null);
    cluster.release(MEMBERSHIP + cluster.instance());
  }

  private Map<String, String> holders(Connection connection, List<String> links)
      throws SQLException {
    Map<String, String> holders = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(HOLDERS)) {
      Array ids = connection.createArrayOf("varchar", links.toArray());
      query.setArray(1, ids);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          holders.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return holders;
  }

  private boolean claim(Connection connection, String link) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, link);
      claim.setString(2, cluster.instance());
      claim.setDouble(3, lease.toMillis() / 1000.0);
      return claim.executeUpdate() == 1;
    }
  }

  /** Gives up {@code link}, or every link of this instance when it is null. */
  private void release(Connection connection, String link) throws SQLException {
    try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setString(1, cluster.instance());
      release.setBoolean(2, link == null);
      release.setString(3, link);
      release.executeUpdate();
    }
  }
}
