package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.RandomIds;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.ClosedKey;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyMetadata.SlaveDelivery;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.domain.relay.RelayPath;
import java.io.ByteArrayOutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
  private final RelayReservation relay = new RelayReservation(this);

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
    UUID[] ids = new UUID[blocks.size()];
    String[] kekIds = new String[blocks.size()];
    byte[][] wrappedBlocks = new byte[blocks.size()][];
    Integer[] bits = new Integer[blocks.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = RandomIds.uuid();
      Wrapped wrapped = wrapping.wrap(ids[i], blocks.get(i));
      kekIds[i] = wrapped.kekId();
      wrappedBlocks[i] = wrapped.bytes();
      bits[i] = blocks.get(i).length * 8;
    }
    transaction(
        connection -> {
          // One statement, so the pool-level trigger (V13) records one change for the deposit.
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO vault_pool_block (block_id, link_id, block_bits, qber, kek_id, wrapped, produced_at)"
                      + " SELECT block_id, ?, block_bits, ?, kek_id, wrapped, now()"
                      + " FROM unnest(?::uuid[], ?::int[], ?::varchar[], ?::bytea[])"
                      + " AS block (block_id, block_bits, kek_id, wrapped)")) {
            insert.setString(1, linkId);
            insert.setDouble(2, qber);
            insert.setArray(3, connection.createArrayOf("uuid", ids));
            insert.setArray(4, connection.createArrayOf("int4", bits));
            insert.setArray(5, connection.createArrayOf("varchar", kekIds));
            insert.setArray(6, connection.createArrayOf("bytea", wrappedBlocks));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<IssuedKey> reserve(
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder request,
      KeyDerivation derivation) {
    // PQC keys come from ML-KEM alone and take nothing from the pool.
    int perKey = request.keyClass() == KeyClass.PQC ? 0 : EtsiLimits.blocksFor(request.sizeBits());
    return transaction(
        connection -> {
          List<byte[]> material = takeWhole(connection, linkId, perKey, request);
          List<IssuedKey> keys = new ArrayList<>(request.number());
          try {
            for (int k = 0; k < request.number(); k++) {
              UUID keyId = RandomIds.uuid();
              byte[] distilled =
                  perKey == 0
                      ? null
                      : cut(material.subList(k * perKey, (k + 1) * perKey), request.sizeBits());
              keys.add(
                  new IssuedKey(keyId, request.keyClass(), derivation.keyFor(keyId, distilled)));
            }
          } catch (RuntimeException e) {
            keys.forEach(IssuedKey::erase);
            throw e;
          } finally {
            material.forEach(m -> Arrays.fill(m, (byte) 0));
          }
          record(connection, linkId, masterSae, slaves, request, keys);
          return keys;
        });
  }

  @Override
  public List<IssuedKey> reserve(
      RelayPath path,
      String masterSae,
      List<String> slaves,
      KeyOrder request,
      KeyDerivation derivation) {
    if (!path.relayed() || request.keyClass() == KeyClass.PQC) {
      return reserve(path.firstLink(), masterSae, slaves, request, derivation);
    }
    return transaction(
        connection -> relay.reserve(connection, path, masterSae, slaves, request, derivation));
  }

  /**
   * Takes (locks, unwraps and deletes) {@code perKey} blocks per key of the request from the link's
   * pool, or nothing at all if it cannot serve the whole request.
   *
   * @throws PoolTooSmallException naming the link
   */
  List<byte[]> takeWhole(Connection connection, String linkId, int perKey, KeyOrder request)
      throws SQLException {
    int needed = perKey * request.number();
    List<UUID> blockIds = new ArrayList<>(needed);
    List<byte[]> material = new ArrayList<>(needed);
    if (needed == 0) {
      return material;
    }
    takeBlocks(connection, linkId, needed, blockIds, material);
    if (blockIds.size() < needed) {
      material.forEach(m -> Arrays.fill(m, (byte) 0));
      throw new PoolTooSmallException(
          "the key pool of link "
              + linkId
              + " holds too little key for "
              + request.number()
              + " keys of "
              + request.sizeBits()
              + " bits; retry when it has filled");
    }
    try (PreparedStatement remove =
        connection.prepareStatement("DELETE FROM vault_pool_block WHERE block_id = ANY (?)")) {
      remove.setArray(1, uuids(connection, blockIds));
      remove.executeUpdate();
    }
    return material;
  }

  /** Locks and unwraps up to {@code needed} of the link's oldest blocks no other request holds. */
  private void takeBlocks(
      Connection connection, String linkId, int needed, List<UUID> blockIds, List<byte[]> material)
      throws SQLException {
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
  }

  void record(
      Connection connection,
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder request,
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
                new IssuedKey(
                    id,
                    row.keyClass(),
                    wrapping.unwrap(id, new Wrapped(row.kekId(), row.wrapped()))));
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

  @Override
  public KeySources sourcesOf(List<UUID> keyIds) {
    return Sql.run(
        dataSource,
        connection -> {
          Set<KeyClass> classes = EnumSet.noneOf(KeyClass.class);
          Set<String> sourceLinks = new HashSet<>();
          Set<String> links = new HashSet<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT key_class, link_id, (SELECT array_agg(h.link_id) FROM vault_key_hop h"
                      + " WHERE h.key_id = k.key_id) FROM vault_key k WHERE key_id = ANY (?)"
                      + " AND state = 'RESERVED'")) {
            query.setArray(1, uuids(connection, keyIds));
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                classes.add(KeyClass.valueOf(rows.getString(1)));
                sourceLinks.add(rows.getString(2));
                links.addAll(hopsOr(rows.getArray(3), rows.getString(2)));
              }
            }
          }
          return new KeySources(classes, sourceLinks, links);
        },
        e ->
            EtsiException.unavailable(
                "the key store is unavailable (" + e.getSQLState() + "); retry later"));
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
      lock.setArray(1, uuids(connection, keyIds));
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

  private static List<String> hopsOr(Array hops, String link) throws SQLException {
    return hops == null ? List.of(link) : List.of((String[]) hops.getArray());
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
    return PoolLevels.read(connection, links, poolCapacityBits);
  }

  // ---- Lifecycle: metadata, expiry, revocation, quarantine, KEK rewrap ----

  private static final String ERASE = "state = ?, wrapped = NULL, kek_id = NULL, closed_at = now()";

  @Override
  public Optional<KeyMetadata> find(UUID keyId) {
    return transaction(connection -> metadata(connection, keyId, false));
  }

  /** The key and its slaves; with {@code lock}, the key's row stays locked until commit. */
  private static Optional<KeyMetadata> metadata(Connection connection, UUID keyId, boolean lock)
      throws SQLException {
    List<SlaveDelivery> slaves = new ArrayList<>();
    try (PreparedStatement key =
            connection.prepareStatement(
                "SELECT k.link_id, k.key_class, k.size_bits, k.master_sae, m.tenant, k.state, k.kek_id,"
                    + " k.issued_at, k.expires_at, k.closed_at FROM vault_key k"
                    + " JOIN vault_sae m ON m.sae_id = k.master_sae WHERE k.key_id = ?"
                    + (lock ? " FOR UPDATE OF k" : ""));
        PreparedStatement slave =
            connection.prepareStatement(
                "SELECT slave_sae, delivered_at FROM vault_key_slave WHERE key_id = ? ORDER BY slave_sae")) {
      key.setObject(1, keyId);
      try (ResultSet row = key.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        slave.setObject(1, keyId);
        try (ResultSet rows = slave.executeQuery()) {
          while (rows.next()) {
            slaves.add(new SlaveDelivery(rows.getString(1), instant(rows, 2)));
          }
        }
        return Optional.of(
            new KeyMetadata(
                keyId,
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getString(4),
                Tenant.valueOf(row.getString(5)),
                slaves,
                KeyState.valueOf(row.getString(6)),
                row.getString(7),
                instant(row, 8),
                instant(row, 9),
                instant(row, 10),
                RelayReservation.hops(connection, keyId)));
      }
    }
  }

  @Override
  public List<ClosedKey> expire(int limit, Consumer<List<ClosedKey>> beforeErase) {
    return transaction(
        connection -> {
          List<ClosedKey> due = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT key_id, link_id, master_sae FROM vault_key"
                      + " WHERE state = 'RESERVED' AND expires_at < now()"
                      + " ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                due.add(
                    new ClosedKey(
                        rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
              }
            }
          }
          if (due.isEmpty()) {
            return due;
          }
          beforeErase.accept(List.copyOf(due));
          erase(connection, due.stream().map(ClosedKey::keyId).toList(), KeyState.EXPIRED);
          return due;
        });
  }

  @Override
  public KeyMetadata revoke(UUID keyId, Consumer<KeyMetadata> beforeErase) {
    return transaction(
        connection -> {
          KeyMetadata key =
              metadata(connection, keyId, true)
                  .orElseThrow(() -> new NotFoundException("key", keyId.toString()));
          if (key.state() != KeyState.RESERVED) {
            throw new ConflictException(
                "Key "
                    + keyId
                    + " is "
                    + key.state().name().toLowerCase()
                    + "; only a reserved key can be revoked");
          }
          beforeErase.accept(key);
          erase(connection, List.of(keyId), KeyState.REVOKED);
          return metadata(connection, keyId, false).orElseThrow();
        });
  }

  @Override
  public LinkQuarantine quarantine(
      String linkId, Instant producedAfter, Consumer<LinkQuarantine> beforeErase) {
    OffsetDateTime blocksAfter =
        producedAfter == null ? null : producedAfter.atOffset(ZoneOffset.UTC);
    OffsetDateTime keysAfter =
        producedAfter == null ? null : producedAfter.minus(CLOCK_SKEW).atOffset(ZoneOffset.UTC);
    return transaction(
        connection -> {
          // Blocks first: an enc_keys in flight holds some of them; waiting for it here means the
          // keys it cuts from them are committed, and found below, before the keys are read.
          List<UUID> blocks = new ArrayList<>();
          long bits = 0;
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT block_id, block_bits FROM vault_pool_block WHERE link_id = ?"
                      + " AND (?::timestamptz IS NULL OR produced_at > ?::timestamptz)"
                      + " ORDER BY block_id FOR UPDATE")) {
            query.setString(1, linkId);
            query.setObject(2, blocksAfter);
            query.setObject(3, blocksAfter);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                blocks.add(rows.getObject(1, UUID.class));
                bits += rows.getInt(2);
              }
            }
          }
          // In id order, as dec_keys locks them: the two cannot deadlock.
          List<UUID> keys = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  // Keys relayed over the link too: its pad protected them on the way. PQC keys
                  // filed under the link took nothing from it and stay.
                  "SELECT key_id FROM vault_key WHERE (link_id = ? OR key_id IN"
                      + " (SELECT key_id FROM vault_key_hop WHERE link_id = ?)) AND state = 'RESERVED'"
                      + " AND key_class <> 'PQC'"
                      + " AND (?::timestamptz IS NULL OR issued_at > ?::timestamptz)"
                      + " ORDER BY key_id FOR UPDATE")) {
            query.setString(1, linkId);
            query.setString(2, linkId);
            query.setObject(3, keysAfter);
            query.setObject(4, keysAfter);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                keys.add(rows.getObject(1, UUID.class));
              }
            }
          }
          if (blocks.isEmpty() && keys.isEmpty() && !linkKnown(connection, linkId)) {
            throw new NotFoundException("link", linkId);
          }
          LinkQuarantine quarantine = new LinkQuarantine(linkId, keys, blocks.size(), bits);
          beforeErase.accept(quarantine);
          erase(connection, keys, KeyState.QUARANTINED);
          try (PreparedStatement remove =
              connection.prepareStatement(
                  "DELETE FROM vault_pool_block WHERE block_id = ANY (?)")) {
            remove.setArray(1, uuids(connection, blocks));
            remove.executeUpdate();
          }
          return quarantine;
        });
  }

  /** Registered, or named by any key the vault ever issued (or relayed). */
  private static boolean linkKnown(Connection connection, String linkId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM network_link WHERE id = ?)"
                + " OR EXISTS (SELECT 1 FROM vault_key WHERE link_id = ?)"
                + " OR EXISTS (SELECT 1 FROM vault_key_hop WHERE link_id = ?)")) {
      query.setString(1, linkId);
      query.setString(2, linkId);
      query.setString(3, linkId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  /** Erases the material of reserved keys the caller has locked, moving them to {@code state}. */
  private static void erase(Connection connection, List<UUID> keyIds, KeyState state)
      throws SQLException {
    if (keyIds.isEmpty()) {
      return;
    }
    try (PreparedStatement erase =
        connection.prepareStatement(
            "UPDATE vault_key SET " + ERASE + " WHERE key_id = ANY (?) AND state = 'RESERVED'")) {
      erase.setString(1, state.name());
      erase.setArray(2, uuids(connection, keyIds));
      erase.executeUpdate();
    }
  }

  @Override
  public KekInventory kekInventory() {
    return transaction(
        connection ->
            new KekInventory(
                wrapping.currentKekId(),
                wrapping.kekIds(),
                KekRewrapper.wrappedCounts(connection)));
  }

  @Override
  public KekRewrap rewrap(int batchSize) {
    return new KekRewrapper(wrapping, this::transaction).rewrap(batchSize);
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** The first {@code sizeBits} of the concatenated blocks. */
  static byte[] cut(List<byte[]> blocks, int sizeBits) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    blocks.forEach(joined::writeBytes);
    byte[] all = joined.toByteArray();
    byte[] key = Arrays.copyOf(all, sizeBits / 8);
    Arrays.fill(all, (byte) 0);
    return key;
  }

  static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", ids.toArray());
  }

  private <T> T transaction(Sql.Work<T> work) {
    return Sql.transaction(
        dataSource,
        work,
        e ->
            EtsiException.unavailable(
                "the key store is unavailable (" + e.getSQLState() + "); retry later"));
  }
}
