package io.qgate.vault.infrastructure;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.infrastructure.GroupCommit.Outcome;
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
 * Statements on the caller's transaction, which {@link JdbcKeyStore} group-commits ({@link
 * GroupCommit}).
 */
final class KeyDeliveries {

  private final KeyWrapping wrapping;

  KeyDeliveries(KeyWrapping wrapping) {
    this.wrapping = wrapping;
  }

  /** One dec_keys request: a slave SAE fetching keys its master reserved for it. */
  record Delivery(String masterSae, String slaveSae, List<UUID> keyIds) {}

  /**
   * Several dec_keys requests in the caller's transaction, each answered on its own: a request
   * naming a key it may not have gets its error and takes nothing, the others their keys. A key
   * reaches each slave once, within the batch as across batches: the keys are locked in id order
   * (no deadlock with another batch naming the same keys), then every delivery is marked and every
   * key that has reached all its slaves erased, one statement each.
   */
  List<Outcome<List<IssuedKey>>> deliverAll(Connection connection, List<Delivery> deliveries)
      throws SQLException {
    List<UUID> allIds = deliveries.stream().flatMap(d -> d.keyIds().stream()).distinct().toList();
    Map<UUID, KeyRow> rows = lockKeys(connection, allIds);
    Map<SlaveCopy, Boolean> delivered = slaveRows(connection, allIds);
    List<Outcome<List<IssuedKey>>> outcomes = new ArrayList<>(deliveries.size());
    for (Delivery delivery : deliveries) {
      try {
        List<IssuedKey> keys = deliver(delivery, rows, delivered);
        delivery
            .keyIds()
            .forEach(id -> delivered.put(new SlaveCopy(id, delivery.slaveSae()), true));
        outcomes.add(Outcome.of(keys));
      } catch (RuntimeException e) {
        outcomes.add(Outcome.failed(e));
      }
    }
    markAndErase(connection, deliveries, outcomes);
    return outcomes;
  }

  /** The request's keys unwrapped, if every one may go to its slave now; nothing otherwise. */
  private List<IssuedKey> deliver(
      Delivery delivery, Map<UUID, KeyRow> rows, Map<SlaveCopy, Boolean> delivered) {
    for (UUID id : delivery.keyIds()) {
      Boolean copy = delivered.get(new SlaveCopy(id, delivery.slaveSae()));
      check(id, rows.get(id), copy, delivery.masterSae(), delivery.slaveSae());
    }
    List<IssuedKey> keys = new ArrayList<>(delivery.keyIds().size());
    try {
      for (UUID id : delivery.keyIds()) {
        KeyRow row = rows.get(id);
        byte[] material = wrapping.unwrap(id, new Wrapped(row.kekId(), row.wrapped()));
        keys.add(new IssuedKey(id, row.keyClass(), material));
      }
    } catch (RuntimeException e) {
      keys.forEach(IssuedKey::erase);
      throw e;
    }
    return keys;
  }

  private static void markAndErase(
      Connection connection, List<Delivery> deliveries, List<Outcome<List<IssuedKey>>> outcomes)
      throws SQLException {
    List<UUID> keyIds = new ArrayList<>();
    List<String> slaves = new ArrayList<>();
    for (int i = 0; i < deliveries.size(); i++) {
      if (outcomes.get(i).failure() == null) {
        for (UUID id : deliveries.get(i).keyIds()) {
          keyIds.add(id);
          slaves.add(deliveries.get(i).slaveSae());
        }
      }
    }
    if (keyIds.isEmpty()) {
      return;
    }
    try (PreparedStatement mark =
        connection.prepareStatement(
            "UPDATE vault_key_slave s SET delivered_at = now()"
                + " FROM unnest(?::uuid[], ?::varchar[]) AS d (key_id, slave_sae)"
                + " WHERE s.key_id = d.key_id AND s.slave_sae = d.slave_sae")) {
      mark.setArray(1, Sql.uuids(connection, keyIds));
      mark.setArray(2, connection.createArrayOf("varchar", slaves.toArray(new String[0])));
      mark.executeUpdate();
    }
    // Erase the material of every key that has now reached all its slaves.
    try (PreparedStatement erase =
        connection.prepareStatement(
            "UPDATE vault_key k SET state = 'CONSUMED', wrapped = NULL, kek_id = NULL, closed_at = now()"
                + " WHERE k.key_id = ANY (?) AND NOT EXISTS (SELECT 1 FROM vault_key_slave s"
                + " WHERE s.key_id = k.key_id AND s.delivered_at IS NULL)")) {
      erase.setArray(1, Sql.uuids(connection, keyIds.stream().distinct().toList()));
      erase.executeUpdate();
    }
  }

  /**
   * For each list of key ids, the classes and links of the reserved keys among them, for the policy
   * decision: one query however many requests ask.
   */
  static List<KeySources> sourcesOf(Connection connection, List<List<UUID>> requests)
      throws SQLException {
    List<UUID> allIds = requests.stream().flatMap(List::stream).distinct().toList();
    Map<UUID, KeySource> found = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_id, key_class, link_id, (SELECT array_agg(h.link_id) FROM vault_key_hop h"
                + " WHERE h.key_id = k.key_id) FROM vault_key k WHERE key_id = ANY (?)"
                + " AND state = 'RESERVED'")) {
      query.setArray(1, Sql.uuids(connection, allIds));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Array hops = rows.getArray(4);
          found.put(
              rows.getObject(1, UUID.class),
              new KeySource(
                  KeyClass.valueOf(rows.getString(2)),
                  rows.getString(3),
                  hops == null ? List.of(rows.getString(3)) : List.of((String[]) hops.getArray())));
        }
      }
    }
    List<KeySources> sources = new ArrayList<>(requests.size());
    for (List<UUID> keyIds : requests) {
      Set<KeyClass> classes = EnumSet.noneOf(KeyClass.class);
      Set<String> sourceLinks = new HashSet<>();
      Set<String> links = new HashSet<>();
      for (UUID id : keyIds) {
        KeySource source = found.get(id);
        if (source != null) {
          classes.add(source.keyClass());
          sourceLinks.add(source.link());
          links.addAll(source.path());
        }
      }
      sources.add(new KeySources(classes, sourceLinks, links));
    }
    return sources;
  }

  /** A reserved key's class, the link it is filed under and every link it came over. */
  private record KeySource(KeyClass keyClass, String link, List<String> path) {}

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

  /** A key's copy for one slave SAE. */
  private record SlaveCopy(UUID keyId, String slaveSae) {}

  /**
   * Whether each slave's copy of the keys was delivered. Read after the keys are locked, so it sees
   * every delivery committed before.
   */
  private static Map<SlaveCopy, Boolean> slaveRows(Connection connection, List<UUID> keyIds)
      throws SQLException {
    Map<SlaveCopy, Boolean> delivered = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_id, slave_sae, delivered_at IS NOT NULL FROM vault_key_slave"
                + " WHERE key_id = ANY (?)")) {
      query.setArray(1, Sql.uuids(connection, keyIds));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          delivered.put(
              new SlaveCopy(result.getObject(1, UUID.class), result.getString(2)),
              result.getBoolean(3));
        }
      }
    }
    return delivered;
  }
}
