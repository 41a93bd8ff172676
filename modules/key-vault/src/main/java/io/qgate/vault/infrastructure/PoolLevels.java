package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.PoolLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools' levels as migration V13 keeps them: the folded level of each link plus the changes the
 * block triggers appended since. Reading never scans the blocks; folding moves the changes into the
 * level, by one instance at a time.
 */
final class PoolLevels {

  /** Any number, the same on every instance: the transaction lock that lets one fold at a time. */
  private static final long FOLD_LOCK = 0x7167617465L; // "qgate"

  private PoolLevels() {}

  /** The levels of {@code links}, in their order; a link never filled reads empty. */
  static List<PoolLevel> read(Connection connection, List<String> links, long capacityBits)
      throws SQLException {
    List<PoolLevel> levels = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT link.id, coalesce(level.stored_bits, 0) + coalesce(pending.bits, 0),"
                + " greatest(level.last_deposit, pending.last_deposit)"
                + " FROM unnest(?::varchar[]) WITH ORDINALITY AS link (id, position)"
                + " LEFT JOIN vault_pool_level level ON level.link_id = link.id"
                + " LEFT JOIN (SELECT link_id, sum(bits) AS bits, max(deposited_at) AS last_deposit"
                + "   FROM vault_pool_change WHERE link_id = ANY (?::varchar[]) GROUP BY link_id)"
                + "   pending ON pending.link_id = link.id"
                + " ORDER BY link.position")) {
      var ids = connection.createArrayOf("varchar", links.toArray());
      query.setArray(1, ids);
      query.setArray(2, ids);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          OffsetDateTime last = rows.getObject(3, OffsetDateTime.class);
          levels.add(
              new PoolLevel(
                  rows.getString(1),
                  rows.getLong(2),
                  capacityBits,
                  last == null ? null : last.toInstant()));
        }
      }
    }
    return levels;
  }

  /**
   * Folds the changes recorded so far into the levels, in one statement (run it in auto-commit);
   * returns how many changes it folded, 0 if another instance is folding right now.
   */
  static int fold(Connection connection) throws SQLException {
    try (PreparedStatement fold =
        connection.prepareStatement(
            "WITH allowed AS (SELECT pg_try_advisory_xact_lock(?) AS locked),"
                + " folded AS (DELETE FROM vault_pool_change WHERE (SELECT locked FROM allowed)"
                + "   RETURNING link_id, bits, deposited_at),"
                + " per_link AS (SELECT link_id, sum(bits) AS bits, max(deposited_at) AS last_deposit,"
                + "   count(*) AS changes FROM folded GROUP BY link_id),"
                + " applied AS (INSERT INTO vault_pool_level AS level (link_id, stored_bits, last_deposit)"
                + "   SELECT link_id, bits, last_deposit FROM per_link ORDER BY link_id"
                + "   ON CONFLICT (link_id) DO UPDATE SET"
                + "   stored_bits = level.stored_bits + excluded.stored_bits,"
                + "   last_deposit = greatest(level.last_deposit, excluded.last_deposit))"
                + " SELECT coalesce(sum(changes), 0) FROM per_link")) {
      fold.setLong(1, FOLD_LOCK);
      try (ResultSet rows = fold.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
