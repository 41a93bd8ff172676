package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.RandomIds;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyMetadata.Hop;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.relay.OneTimePadRelay;
import io.qgate.vault.domain.relay.RelayHop;
import io.qgate.vault.domain.relay.RelayPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Trusted-relay reservation inside one {@link JdbcKeyStore} transaction: every hop's blocks are
 * taken with {@code FOR UPDATE SKIP LOCKED} and deleted (no hop key serves twice, across threads
 * and instances), each key is the first hop's QKD key carried over the others under one-time pads,
 * and the hops each key crossed go to {@code vault_key_hop}. A hop that cannot serve the whole
 * request throws, and the transaction gives back what earlier hops took.
 */
final class RelayReservation {

  private final PoolBlocks pool;
  private final KeyReservations reservations;

  RelayReservation(PoolBlocks pool, KeyReservations reservations) {
    this.pool = pool;
    this.reservations = reservations;
  }

  List<IssuedKey> reserve(
      Connection connection,
      RelayPath path,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation)
      throws SQLException {
    int perKey = EtsiLimits.blocksFor(order.sizeBits());
    List<List<byte[]>> hopBlocks = new ArrayList<>();
    List<IssuedKey> keys = new ArrayList<>(order.number());
    try {
      for (RelayHop hop : path.hops()) {
        hopBlocks.add(
            pool.takeWhole(
                connection, hop.linkId(), perKey * order.number(), PoolBlocks.keysOf(order)));
      }
      for (int k = 0; k < order.number(); k++) {
        UUID keyId = RandomIds.timeOrderedUuid();
        byte[] atSlave = carry(hopBlocks, k * perKey, (k + 1) * perKey, order.sizeBits());
        byte[] key = derivation.keyFor(keyId, atSlave);
        if (key != atSlave) {
          Arrays.fill(atSlave, (byte) 0); // derived from it (HYBRID): the QKD key is spent
        }
        keys.add(new IssuedKey(keyId, order.keyClass(), key));
      }
    } catch (RuntimeException e) {
      keys.forEach(IssuedKey::erase);
      throw e;
    } finally {
      hopBlocks.forEach(blocks -> blocks.forEach(b -> Arrays.fill(b, (byte) 0)));
    }
    reservations.record(connection, path.firstLink(), masterSae, slaves, order, keys);
    recordHops(connection, path, keys, perKey * EtsiLimits.BLOCK_BITS);
    return keys;
  }

  /** K from the first hop's blocks [from, to), relayed under the same blocks of the others. */
  private static byte[] carry(List<List<byte[]>> hopBlocks, int from, int to, int sizeBits) {
    byte[] key = PoolBlocks.cut(hopBlocks.get(0).subList(from, to), sizeBits);
    List<byte[]> pads = new ArrayList<>();
    try {
      for (List<byte[]> blocks : hopBlocks.subList(1, hopBlocks.size())) {
        pads.add(PoolBlocks.cut(blocks.subList(from, to), sizeBits));
      }
      return OneTimePadRelay.carry(key, pads);
    } finally {
      Arrays.fill(key, (byte) 0);
      pads.forEach(p -> Arrays.fill(p, (byte) 0));
    }
  }

  private static void recordHops(
      Connection connection, RelayPath path, List<IssuedKey> keys, int bitsPerHop)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO vault_key_hop (key_id, hop, link_id, from_node, to_node, bits)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (IssuedKey key : keys) {
        for (int h = 0; h < path.hops().size(); h++) {
          RelayHop hop = path.hops().get(h);
          insert.setObject(1, key.keyId());
          insert.setInt(2, h + 1);
          insert.setString(3, hop.linkId());
          insert.setString(4, hop.fromNode());
          insert.setString(5, hop.toNode());
          insert.setInt(6, bitsPerHop);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** The hops a key was relayed over, in order; empty for a key from a direct link. */
  static List<Hop> hops(Connection connection, UUID keyId) throws SQLException {
    List<Hop> hops = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT link_id, from_node, to_node, bits FROM vault_key_hop WHERE key_id = ?"
                + " ORDER BY hop")) {
      query.setObject(1, keyId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          hops.add(
              new Hop(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
        }
      }
    }
    return hops;
  }
}
