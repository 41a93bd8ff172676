package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.RandomIds;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * enc_keys over one link: the request's keys cut from whole pool blocks, derived as their class
 * says, and recorded wrapped as {@code RESERVED} for the master SAE and each slave until the
 * reservation expires. Several requests can share the caller's transaction ({@link
 * ReservationBatches}): each link's blocks are then taken by one statement and every key is
 * recorded by one more. Relayed keys: {@link RelayReservation}.
 */
final class KeyReservations {

  /** One enc_keys request over a direct link, as the store received it. */
  record Request(
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation) {

    /** Whole pool blocks its keys take; PQC keys come from ML-KEM alone and take none. */
    int blocks() {
      return order.keyClass() == KeyClass.PQC
          ? 0
          : EtsiLimits.blocksFor(order.sizeBits()) * order.number();
    }
  }

  private final KeyWrapping wrapping;
  private final PoolBlocks pool;
  private final Duration lifetime;

  KeyReservations(KeyWrapping wrapping, PoolBlocks pool, Duration lifetime) {
    this.wrapping = wrapping;
    this.pool = pool;
    this.lifetime = lifetime;
  }

  List<IssuedKey> reserve(Connection connection, Request request) throws SQLException {
    return reserveAll(connection, List.of(request)).get(0);
  }

  /**
   * Every request's keys, or nothing if some link holds too little for all of its requests together
   * ({@link io.qgate.vault.domain.PoolTooSmallException}; the caller's transaction then rolls back
   * what other links gave).
   */
  List<List<IssuedKey>> reserveAll(Connection connection, List<Request> requests)
      throws SQLException {
    Map<String, List<Request>> byLink = new LinkedHashMap<>();
    requests.forEach(r -> byLink.computeIfAbsent(r.linkId(), link -> new ArrayList<>()).add(r));
    Map<String, List<byte[]>> material = new LinkedHashMap<>();
    List<List<IssuedKey>> keys = new ArrayList<>(requests.size());
    try {
      for (Map.Entry<String, List<Request>> link : byLink.entrySet()) {
        List<Request> onLink = link.getValue();
        int blocks = onLink.stream().mapToInt(Request::blocks).sum();
        String forWhat =
            onLink.size() == 1
                ? PoolBlocks.keysOf(onLink.get(0).order())
                : onLink.size() + " requests together";
        material.put(link.getKey(), pool.takeWhole(connection, link.getKey(), blocks, forWhat));
      }
      Map<String, Integer> used = new LinkedHashMap<>();
      for (Request request : requests) {
        int from = used.getOrDefault(request.linkId(), 0);
        used.put(request.linkId(), from + request.blocks());
        List<byte[]> blocks = material.get(request.linkId());
        keys.add(cut(request, blocks.subList(from, from + request.blocks())));
      }
    } catch (RuntimeException e) {
      keys.forEach(issued -> issued.forEach(IssuedKey::erase));
      throw e;
    } finally {
      material.values().forEach(blocks -> blocks.forEach(m -> Arrays.fill(m, (byte) 0)));
    }
    record(connection, requests, keys);
    return keys;
  }

  /** The request's keys from its blocks, derived as its class says (the caller erases blocks). */
  private static List<IssuedKey> cut(Request request, List<byte[]> material) {
    KeyOrder order = request.order();
    int perKey = request.blocks() / order.number();
    List<IssuedKey> keys = new ArrayList<>(order.number());
    try {
      for (int k = 0; k < order.number(); k++) {
        UUID keyId = RandomIds.timeOrderedUuid();
        byte[] distilled =
            perKey == 0
                ? null
                : PoolBlocks.cut(material.subList(k * perKey, (k + 1) * perKey), order.sizeBits());
        byte[] key = request.derivation().keyFor(keyId, distilled);
        if (distilled != null && key != distilled) {
          Arrays.fill(distilled, (byte) 0); // derived from it (HYBRID): the QKD key is spent
        }
        keys.add(new IssuedKey(keyId, order.keyClass(), key));
      }
    } catch (RuntimeException e) {
      keys.forEach(IssuedKey::erase);
      throw e;
    }
    return keys;
  }

  /** A relayed request's keys, filed under the path's first link. */
  void record(
      Connection connection,
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      List<IssuedKey> keys)
      throws SQLException {
    Request request = new Request(linkId, masterSae, slaves, order, KeyDerivation.AS_DISTILLED);
    record(connection, List.of(request), List.of(keys));
  }

  /**
   * The keys' rows, wrapped, and one row per slave that is to fetch each: one statement however
   * many requests, a round trip of the ETSI hot path.
   */
  private void record(Connection connection, List<Request> requests, List<List<IssuedKey>> keys)
      throws SQLException {
    ReservedRows rows = new ReservedRows();
    for (int r = 0; r < requests.size(); r++) {
      for (IssuedKey issued : keys.get(r)) {
        rows.add(requests.get(r), issued, wrapping.wrap(issued.keyId(), issued.material()));
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "WITH reserved AS (INSERT INTO vault_key (key_id, link_id, key_class, size_bits,"
                + " master_sae, state, kek_id, wrapped, issued_at, expires_at)"
                + " SELECT key_id, link_id, key_class, size_bits, master_sae, 'RESERVED', kek_id,"
                + " wrapped, ?, ?"
                + " FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[],"
                + " ?::varchar[], ?::bytea[])"
                + " AS k (key_id, link_id, key_class, size_bits, master_sae, kek_id, wrapped)"
                + " RETURNING key_id)"
                + " INSERT INTO vault_key_slave (key_id, slave_sae)"
                + " SELECT reserved.key_id, s.slave_sae FROM reserved"
                + " JOIN unnest(?::uuid[], ?::varchar[]) AS s (key_id, slave_sae)"
                + " ON s.key_id = reserved.key_id")) {
      insert.setObject(1, now);
      insert.setObject(2, now.plus(lifetime));
      rows.bind(connection, insert, 3);
      insert.executeUpdate();
    }
  }

  /** The columns of the keys' and slaves' rows, as arrays for {@code unnest}. */
  private static final class ReservedRows {
    private final List<UUID> keyIds = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> classes = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<String> masters = new ArrayList<>();
    private final List<String> kekIds = new ArrayList<>();
    private final List<byte[]> wrapped = new ArrayList<>();
    private final List<UUID> slaveKeyIds = new ArrayList<>();
    private final List<String> slaves = new ArrayList<>();

    void add(Request request, IssuedKey issued, Wrapped wrap) {
      keyIds.add(issued.keyId());
      links.add(request.linkId());
      classes.add(issued.keyClass().name());
      sizes.add(request.order().sizeBits());
      masters.add(request.masterSae());
      kekIds.add(wrap.kekId());
      wrapped.add(wrap.bytes());
      for (String slave : request.slaves()) {
        slaveKeyIds.add(issued.keyId());
        slaves.add(slave);
      }
    }

    void bind(Connection connection, PreparedStatement insert, int first) throws SQLException {
      int p = first;
      insert.setArray(p++, connection.createArrayOf("uuid", keyIds.toArray(new UUID[0])));
      insert.setArray(p++, connection.createArrayOf("varchar", links.toArray(new String[0])));
      insert.setArray(p++, connection.createArrayOf("varchar", classes.toArray(new String[0])));
      insert.setArray(p++, connection.createArrayOf("int4", sizes.toArray(new Integer[0])));
      insert.setArray(p++, connection.createArrayOf("varchar", masters.toArray(new String[0])));
      insert.setArray(p++, connection.createArrayOf("varchar", kekIds.toArray(new String[0])));
      insert.setArray(p++, connection.createArrayOf("bytea", wrapped.toArray(new byte[0][])));
      insert.setArray(p++, connection.createArrayOf("uuid", slaveKeyIds.toArray(new UUID[0])));
      insert.setArray(p, connection.createArrayOf("varchar", slaves.toArray(new String[0])));
    }
  }
}
