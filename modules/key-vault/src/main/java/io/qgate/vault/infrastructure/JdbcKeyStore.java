package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.domain.PoolLevel;
import java.io.ByteArrayOutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The vault's tables over plain JDBC, each operation one local transaction. Reservation takes pool
 * blocks with {@code FOR UPDATE SKIP LOCKED}, so concurrent requests on any instance take disjoint
 * blocks; delivery locks the keys it hands out, so a key reaches each slave once. Must run outside
 * container transactions (it commits itself).
 */
public final class JdbcKeyStore implements KeyStore {

  private final DataSource dataSource;
  private final KeyWrapping wrapping;
  private final long poolCapacityBits;
  private final Duration reservationLifetime;

  public JdbcKeyStore(
      DataSource dataSource,
      KeyWrapping wrapping,
      long poolCapacityBits,
      Duration reservationLifetime) {
    this.dataSource = dataSource;
    this.wrapping = wrapping;
    this.poolCapacityBits = poolCapacityBits;
    this.reservationLifetime = reservationLifetime;
  }

  @Override
  public void deposit(String linkId, double qber, List<byte[]> blocks) {
    transaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO vault_pool_block (block_id, link_id, block_bits, qber, kek_id, wrapped, produced_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, now())")) {
            for (byte[] block : blocks) {
              UUID id = UUID.randomUUID();
              Wrapped wrapped = wrapping.wrap(id, block);
              insert.setObject(1, id);
              insert.setString(2, linkId);
              insert.setInt(3, block.length * 8);
              insert.setDouble(4, qber);
              insert.setString(5, wrapped.kekId());
              insert.setBytes(6, wrapped.bytes());
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<IssuedKey> reserve(
      String linkId, String masterSae, List<String> slaves, KeyRequest request) {
    int perKey = EtsiLimits.blocksFor(request.sizeBits());
    int needed = perKey * request.number();
    return transaction(
        connection -> {
          List<UUID> blockIds = new ArrayList<>(needed);
          List<byte[]> material = new ArrayList<>(needed);
          try (PreparedStatement take =
              connection.prepareStatement(
                  "SELECT block_id, kek_id, wrapped FROM vault_pool_block WHERE link_id = ?"
                      + " ORDER BY produced_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
            take.setString(1, linkId);
            take.setInt(2, needed);
            try (ResultSet rows = take.executeQuery()) {
              while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                blockIds.add(id);
                material.add(wrapping.unwrap(id, new Wrapped(rows.getString(2), rows.getBytes(3))));
              }
            }
          }
          if (blockIds.size() < needed) {
            material.forEach(m -> Arrays.fill(m, (byte) 0));
            throw EtsiException.unavailable(
                "the key pool of link "
                    + linkId
                    + " holds too little key for "
                    + request.number()
                    + " keys of "
                    + request.sizeBits()
                    + " bits; retry when it has filled");
          }
          try (PreparedStatement remove =
              connection.prepareStatement(
                  "DELETE FROM vault_pool_block WHERE block_id = ANY (?)")) {
            remove.setArray(1, uuids(connection, blockIds));
            remove.executeUpdate();
          }
          List<IssuedKey> keys = new ArrayList<>(request.number());
          for (int k = 0; k < request.number(); k++) {
            keys.add(
                new IssuedKey(
                    UUID.randomUUID(),
                    cut(material.subList(k * perKey, (k + 1) * perKey), request.sizeBits())));
          }
          material.forEach(m -> Arrays.fill(m, (byte) 0));
          record(connection, linkId, masterSae, slaves, request, keys);
          return keys;
        });
  }

  private void record(
      Connection connection,
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyRequest request,
      List<IssuedKey> keys)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement key =
            connection.prepareStatement(
                "INSERT INTO vault_key (key_id, link_id, key_class, size_bits, master_sae, state, kek_id, wrapped,"
                    + " issued_at, expires_at) VALUES (?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?)");
        PreparedStatement slave =
            connection.prepareStatement(
                "INSERT INTO vault_key_slave (key_id, slave_sae) VALUES (?, ?)")) {
      for (IssuedKey issued : keys) {
        Wrapped wrapped = wrapping.wrap(issued.keyId(), issued.material());
        key.setObject(1, issued.keyId());
        key.setString(2, linkId);
        key.setString(3, request.keyClass().name());
        key.setInt(4, request.sizeBits());
        key.setString(5, masterSae);
        key.setString(6, wrapped.kekId());
        key.setBytes(7, wrapped.bytes());
        key.setObject(8, now);
        key.setObject(9, now.plus(reservationLifetime));
        key.addBatch();
        for (String slaveSae : slaves) {
          slave.setObject(1, issued.keyId());
          slave.setString(2, slaveSae);
          slave.addBatch();
        }
      }
      key.executeBatch();
      slave.executeBatch();
    }
  }

  @Override
  public List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds) {
    return transaction(
        connection -> {
          Map<UUID, KeyRow> rows = lockKeys(connection, keyIds);
          Map<UUID, Boolean> delivered = slaveRows(connection, keyIds, slaveSae);
          for (UUID id : keyIds) {
            KeyRow row = rows.get(id);
            if (row == null) {
              throw EtsiException.badRequest("key_ID " + id + " is unknown", "key_ID", id);
            }
            if (!row.masterSae().equals(masterSae)) {
              throw EtsiException.badRequest(
                  "key_ID " + id + " was not issued to master SAE " + masterSae, "key_ID", id);
            }
            if (!delivered.containsKey(id)) {
              throw EtsiException.badRequest(
                  "key_ID " + id + " is not reserved for SAE " + slaveSae, "key_ID", id);
            }
            if (delivered.get(id) || !row.state().equals("RESERVED")) {
              throw EtsiException.badRequest(
                  "key_ID "
                      + id
                      + " is no longer available to SAE "
                      + slaveSae
                      + " ("
                      + (delivered.get(id) ? "already delivered" : row.state().toLowerCase())
                      + ")",
                  "key_ID",
                  id);
            }
          }
          List<IssuedKey> keys = new ArrayList<>(keyIds.size());
          for (UUID id : keyIds) {
            KeyRow row = rows.get(id);
            keys.add(
                new IssuedKey(id, wrapping.unwrap(id, new Wrapped(row.kekId(), row.wrapped()))));
          }
          Array ids = uuids(connection, keyIds);
          try (PreparedStatement mark =
              connection.prepareStatement(
                  "UPDATE vault_key_slave SET delivered_at = now() WHERE key_id = ANY (?) AND slave_sae = ?")) {
            mark.setArray(1, ids);
            mark.setString(2, slaveSae);
            mark.executeUpdate();
          }
          // Erase the material of every key that has now reached all its slaves.
          try (PreparedStatement erase =
              connection.prepareStatement(
                  "UPDATE vault_key k SET state = 'CONSUMED', wrapped = NULL, kek_id = NULL, closed_at = now()"
                      + " WHERE k.key_id = ANY (?) AND NOT EXISTS (SELECT 1 FROM vault_key_slave s"
                      + " WHERE s.key_id = k.key_id AND s.delivered_at IS NULL)")) {
            erase.setArray(1, ids);
            erase.executeUpdate();
          }
          return keys;
        });
  }

  private record KeyRow(String masterSae, String state, String kekId, byte[] wrapped) {}

  /** Locks the keys in id order (no deadlock between two requests naming the same keys). */
  private static Map<UUID, KeyRow> lockKeys(Connection connection, List<UUID> keyIds)
      throws SQLException {
    Map<UUID, KeyRow> rows = new HashMap<>();
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT key_id, master_sae, state, kek_id, wrapped FROM vault_key WHERE key_id = ANY (?)"
                + " ORDER BY key_id FOR UPDATE")) {
      lock.setArray(1, uuids(connection, keyIds));
      try (ResultSet result = lock.executeQuery()) {
        while (result.next()) {
          rows.put(
              result.getObject(1, UUID.class),
              new KeyRow(
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getBytes(5)));
        }
      }
    }
    return rows;
  }

  /** Read after the keys are locked, so it sees every delivery committed before. */
  private static Map<UUID, Boolean> slaveRows(
      Connection connection, List<UUID> keyIds, String slaveSae) throws SQLException {
    Map<UUID, Boolean> delivered = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_id, delivered_at IS NOT NULL FROM vault_key_slave WHERE key_id = ANY (?) AND slave_sae = ?")) {
      query.setArray(1, uuids(connection, keyIds));
      query.setString(2, slaveSae);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          delivered.put(result.getObject(1, UUID.class), result.getBoolean(2));
        }
      }
    }
    return delivered;
  }

  @Override
  public PoolLevel level(String linkId) {
    return levels(List.of(linkId)).get(0);
  }

  @Override
  public List<PoolLevel> levels() {
    return transaction(
        connection -> {
          List<String> links = new ArrayList<>();
          try (PreparedStatement query =
                  connection.prepareStatement("SELECT id FROM network_link ORDER BY id");
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              links.add(rows.getString(1));
            }
          }
          return levels(connection, links);
        });
  }

  private List<PoolLevel> levels(List<String> links) {
    return transaction(connection -> levels(connection, links));
  }

  private List<PoolLevel> levels(Connection connection, List<String> links) throws SQLException {
    Map<String, PoolLevel> levels = new LinkedHashMap<>();
    links.forEach(l -> levels.put(l, new PoolLevel(l, 0, poolCapacityBits, null)));
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT link_id, coalesce(sum(block_bits), 0), max(produced_at) FROM vault_pool_block"
                + " WHERE link_id = ANY (?) GROUP BY link_id")) {
      query.setArray(1, connection.createArrayOf("varchar", links.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          OffsetDateTime last = rows.getObject(3, OffsetDateTime.class);
          levels.put(
              rows.getString(1),
              new PoolLevel(
                  rows.getString(1),
                  rows.getLong(2),
                  poolCapacityBits,
                  last == null ? null : last.toInstant()));
        }
      }
    }
    return List.copyOf(levels.values());
  }

  @Override
  public long waitingFor(String masterSae, String slaveSae) {
    return transaction(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT count(*) FROM vault_key k JOIN vault_key_slave s ON s.key_id = k.key_id"
                      + " WHERE k.master_sae = ? AND s.slave_sae = ? AND s.delivered_at IS NULL AND k.state = 'RESERVED'")) {
            query.setString(1, masterSae);
            query.setString(2, slaveSae);
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  /** The first {@code sizeBits} of the concatenated blocks. */
  private static byte[] cut(List<byte[]> blocks, int sizeBits) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    blocks.forEach(joined::writeBytes);
    byte[] all = joined.toByteArray();
    byte[] key = Arrays.copyOf(all, sizeBits / 8);
    Arrays.fill(all, (byte) 0);
    return key;
  }

  private static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", ids.toArray());
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T transaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw EtsiException.unavailable(
          "the key store is unavailable (" + e.getSQLState() + "); retry later");
    }
  }
}
