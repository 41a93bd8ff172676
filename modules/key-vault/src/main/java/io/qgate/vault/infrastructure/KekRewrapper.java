package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.domain.WrappedCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Moves wrapped material from old KEKs to the current one, in batches of its own transactions,
 * while live traffic goes on: pool blocks, reserved keys and the core's telemetry master keys. The
 * material never changes, only its wrapping (AES-256-GCM under the KEK, the row id bound as
 * associated data).
 */
final class KekRewrapper {

  /** Runs one transaction (the key store's, so a database failure is a 503). */
  interface Transactions {
    <T> T transaction(Sql.Work<T> work);
  }

  /** The tables that hold wrapped material. */
  private enum Wrapping {
    POOL("vault_pool_block", "block_id", "", new WrappedCounts(1, 0, 0)),
    KEYS("vault_key", "key_id", " AND state = 'RESERVED'", new WrappedCounts(0, 1, 0)),
    MASTER_KEYS("telemetry_master_key", "key_id", "", new WrappedCounts(0, 0, 1));

    final String table;
    final String id;
    final String filter;
    final WrappedCounts one;

    Wrapping(String table, String id, String filter, WrappedCounts one) {
      this.table = table;
      this.id = id;
      this.filter = filter;
      this.one = one;
    }
  }

  private final KeyWrapping wrapping;
  private final Transactions transactions;

  KekRewrapper(KeyWrapping wrapping, Transactions transactions) {
    this.wrapping = wrapping;
    this.transactions = transactions;
  }

  /** Per KEK id, how much material is wrapped under it. */
  static Map<String, WrappedCounts> wrappedCounts(Connection connection) throws SQLException {
    Map<String, WrappedCounts> counts = new TreeMap<>();
    for (Wrapping where : Wrapping.values()) {
      try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT kek_id, count(*) FROM "
                      + where.table
                      + " WHERE kek_id IS NOT NULL"
                      + where.filter
                      + " GROUP BY kek_id");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long n = rows.getLong(2);
          WrappedCounts found =
              new WrappedCounts(
                  where.one.poolBlocks() * n, where.one.keys() * n, where.one.masterKeys() * n);
          counts.merge(rows.getString(1), found, WrappedCounts::plus);
        }
      }
    }
    return counts;
  }

  KekRewrap rewrap(int batchSize) {
    String current = wrapping.currentKekId();
    List<String> old = wrapping.kekIds().stream().filter(k -> !k.equals(current)).toList();
    Map<String, WrappedCounts> rewrapped = new TreeMap<>();
    Set<UUID> unreadable = new HashSet<>();
    for (Wrapping where : Wrapping.values()) {
      // First pass over live traffic (rows it holds are skipped), then once more waiting for them.
      for (boolean skipLocked : new boolean[] {true, false}) {
        Batch batch;
        do {
          batch =
              transactions.transaction(
                  connection ->
                      rewrapBatch(connection, where, old, batchSize, skipLocked, unreadable));
          batch.rewrapped().forEach((kek, n) -> rewrapped.merge(kek, n, WrappedCounts::plus));
        } while (batch.rows() > 0);
      }
    }
    Map<String, WrappedCounts> remaining =
        new TreeMap<>(transactions.transaction(KekRewrapper::wrappedCounts));
    remaining.remove(current);
    return new KekRewrap(current, rewrapped, remaining);
  }

  /**
   * One transaction of a rewrap.
   *
   * @param rows how many rows it looked at, 0 when there are none left
   * @param rewrapped per old KEK, what it moved to the current one
   */
  private record Batch(int rows, Map<String, WrappedCounts> rewrapped) {}

  /**
   * Rewraps up to {@code batchSize} rows under the old KEKs {@code old}; rows that do not unwrap
   * (altered) join {@code unreadable} and are left as they are.
   */
  private Batch rewrapBatch(
      Connection connection,
      Wrapping where,
      List<String> old,
      int batchSize,
      boolean skipLocked,
      Set<UUID> unreadable)
      throws SQLException {
    Map<String, WrappedCounts> rewrapped = new HashMap<>();
    if (old.isEmpty()) {
      return new Batch(0, rewrapped);
    }
    Map<UUID, Wrapped> rows = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + where.id
                + ", kek_id, wrapped FROM "
                + where.table
                + " WHERE kek_id = ANY (?)"
                + where.filter
                + " AND NOT ("
                + where.id
                + " = ANY (?)) ORDER BY "
                + where.id
                + " LIMIT ? FOR UPDATE"
                + (skipLocked ? " SKIP LOCKED" : ""))) {
      query.setArray(1, connection.createArrayOf("varchar", old.toArray()));
      query.setArray(2, Sql.uuids(connection, List.copyOf(unreadable)));
      query.setInt(3, batchSize);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.put(
              result.getObject(1, UUID.class),
              new Wrapped(result.getString(2), result.getBytes(3)));
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE " + where.table + " SET kek_id = ?, wrapped = ? WHERE " + where.id + " = ?")) {
      for (Map.Entry<UUID, Wrapped> row : rows.entrySet()) {
        byte[] material;
        try {
          material = wrapping.unwrap(row.getKey(), row.getValue());
        } catch (IllegalStateException altered) {
          unreadable.add(row.getKey());
          continue;
        }
        Wrapped rewritten = wrapping.wrap(row.getKey(), material);
        Arrays.fill(material, (byte) 0);
        update.setString(1, rewritten.kekId());
        update.setBytes(2, rewritten.bytes());
        update.setObject(3, row.getKey());
        update.addBatch();
        rewrapped.merge(row.getValue().kekId(), where.one, WrappedCounts::plus);
      }
      update.executeBatch();
    }
    return new Batch(rows.size(), rewrapped);
  }
}
