package io.qgate.vault.infrastructure;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * dec_keys: the keys a slave SAE fetches, locked in id order so that a key reaches each slave once,
 * checked against their master and reservation, and erased once every slave has its copy.
 * Statements on the caller's transaction.
 */
final class KeyDeliveries {

  private final KeyWrapping wrapping;

  KeyDeliveries(KeyWrapping wrapping) {
    this.wrapping = wrapping;
  }

  List<IssuedKey> deliver(
      Connection connection, String masterSae, String slaveSae, List<UUID> keyIds)
      throws SQLException {
    Map<UUID, KeyRow> rows = lockKeys(connection, keyIds);
    Map<UUID, Boolean> delivered = slaveRows(connection, keyIds, slaveSae);
    for (UUID id : keyIds) {
      check(id, rows.get(id), delivered.get(id), masterSae, slaveSae);
    }
    List<IssuedKey> keys = new ArrayList<>(keyIds.size());
    for (UUID id : keyIds) {
      KeyRow row = rows.get(id);
      keys.add(
          new IssuedKey(
              id, row.keyClass(), wrapping.unwrap(id, new Wrapped(row.kekId(), row.wrapped()))));
    }
    Array ids = Sql.uuids(connection, keyIds);
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
  }

  /** The classes and links of the reserved keys among {@code keyIds}, for the policy decision. */
  static KeySources sourcesOf(Connection connection, List<UUID> keyIds) throws SQLException {
    Set<KeyClass> classes = EnumSet.noneOf(KeyClass.class);
    Set<String> sourceLinks = new HashSet<>();
    Set<String> links = new HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_class, link_id, (SELECT array_agg(h.link_id) FROM vault_key_hop h"
                + " WHERE h.key_id = k.key_id) FROM vault_key k WHERE key_id = ANY (?)"
                + " AND state = 'RESERVED'")) {
      query.setArray(1, Sql.uuids(connection, keyIds));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          classes.add(KeyClass.valueOf(rows.getString(1)));
          sourceLinks.add(rows.getString(2));
          Array hops = rows.getArray(3);
          links.addAll(
              hops == null ? List.of(rows.getString(2)) : List.of((String[]) hops.getArray()));
        }
      }
    }
    return new KeySources(classes, sourceLinks, links);
  }

  private static void check(
      UUID id, KeyRow row, Boolean delivered, String masterSae, String slaveSae) {
    if (row == null) {
      throw EtsiException.badRequest("key_ID " + id + " is unknown", "key_ID", id);
    }
    if (!row.masterSae().equals(masterSae)) {
      throw EtsiException.badRequest(
          "key_ID " + id + " was not issued to master SAE " + masterSae, "key_ID", id);
    }
    if (delivered == null) {
      throw EtsiException.badRequest(
          "key_ID " + id + " is not reserved for SAE " + slaveSae, "key_ID", id);
    }
    if (delivered || !row.state().equals("RESERVED")) {
      throw EtsiException.badRequest(
          "key_ID "
              + id
              + " is no longer available to SAE "
              + slaveSae
              + " ("
              + (delivered ? "already delivered" : row.state().toLowerCase())
              + ")",
          "key_ID",
          id);
    }
  }

  private record KeyRow(
      String masterSae, String state, KeyClass keyClass, String kekId, byte[] wrapped) {}

  /** Locks the keys in id order (no deadlock between two requests naming the same keys). */
  private static Map<UUID, KeyRow> lockKeys(Connection connection, List<UUID> keyIds)
      throws SQLException {
    Map<UUID, KeyRow> rows = new HashMap<>();
    try (PreparedStatement lock =
        connection.prepareStatement(
            // A reservation past its expiry is not deliverable, even before the sweep erases it.
            "SELECT key_id, master_sae,"
                + " CASE WHEN state = 'RESERVED' AND expires_at < now() THEN 'EXPIRED' ELSE state END,"
                + " key_class, kek_id, wrapped FROM vault_key WHERE key_id = ANY (?) ORDER BY key_id"
                + " FOR UPDATE")) {
      lock.setArray(1, Sql.uuids(connection, keyIds));
      try (ResultSet result = lock.executeQuery()) {
        while (result.next()) {
          rows.put(
              result.getObject(1, UUID.class),
              new KeyRow(
                  result.getString(2),
                  result.getString(3),
                  KeyClass.valueOf(result.getString(4)),
                  result.getString(5),
                  result.getBytes(6)));
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
      query.setArray(1, Sql.uuids(connection, keyIds));
      query.setString(2, slaveSae);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          delivered.put(result.getObject(1, UUID.class), result.getBoolean(2));
        }
      }
    }
    return delivered;
  }
}
