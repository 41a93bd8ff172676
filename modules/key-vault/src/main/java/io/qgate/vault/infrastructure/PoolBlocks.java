package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.RandomIds;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.domain.PoolTooSmallException;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The links' key pools in {@code vault_pool_block}, each block wrapped under the current KEK. A
 * request deletes whole blocks it locked with {@code FOR UPDATE SKIP LOCKED}, so concurrent
 * requests on any instance take disjoint blocks, in its own transaction: a block serves once.
 */
final class PoolBlocks {

  private final KeyWrapping wrapping;

  PoolBlocks(KeyWrapping wrapping) {
    this.wrapping = wrapping;
  }

  /** Blocks wrapped and ready to insert; wrapping is done before the transaction opens. */
  record Deposit(UUID[] ids, Integer[] bits, String[] kekIds, byte[][] wrapped) {}

  Deposit wrap(List<byte[]> blocks) {
    Deposit deposit =
        new Deposit(
            new UUID[blocks.size()],
            new Integer[blocks.size()],
            new String[blocks.size()],
            new byte[blocks.size()][]);
    for (int i = 0; i < blocks.size(); i++) {
      deposit.ids()[i] = RandomIds.timeOrderedUuid();
      Wrapped wrapped = wrapping.wrap(deposit.ids()[i], blocks.get(i));
      deposit.bits()[i] = blocks.get(i).length * 8;
      deposit.kekIds()[i] = wrapped.kekId();
      deposit.wrapped()[i] = wrapped.bytes();
    }
    return deposit;
  }

  /** One statement, so the pool-level trigger (V13) records one change for the deposit. */
  void insert(Connection connection, String linkId, double qber, Deposit deposit)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO vault_pool_block (block_id, link_id, block_bits, qber, kek_id, wrapped, produced_at)"
                + " SELECT block_id, ?, block_bits, ?, kek_id, wrapped, now()"
                + " FROM unnest(?::uuid[], ?::int[], ?::varchar[], ?::bytea[])"
                + " AS block (block_id, block_bits, kek_id, wrapped)")) {
      insert.setString(1, linkId);
      insert.setDouble(2, qber);
      insert.setArray(3, connection.createArrayOf("uuid", deposit.ids()));
      insert.setArray(4, connection.createArrayOf("int4", deposit.bits()));
      insert.setArray(5, connection.createArrayOf("varchar", deposit.kekIds()));
      insert.setArray(6, connection.createArrayOf("bytea", deposit.wrapped()));
      insert.executeUpdate();
    }
  }

  /**
   * Takes (locks, deletes and unwraps) {@code needed} blocks from the link's pool, or nothing at
   * all if it holds fewer: the caller's transaction then rolls the delete back.
   *
   * @param forWhat what the blocks are for, to name in the refusal (e.g. "3 keys of 256 bits")
   * @throws PoolTooSmallException naming the link
   */
  List<byte[]> takeWhole(Connection connection, String linkId, int needed, String forWhat)
      throws SQLException {
    List<byte[]> material = new ArrayList<>(needed);
    if (needed == 0) {
      return material;
    }
    takeBlocks(connection, linkId, needed, material);
    if (material.size() < needed) {
      material.forEach(m -> Arrays.fill(m, (byte) 0));
      throw new PoolTooSmallException(
          "the key pool of link "
              + linkId
              + " holds too little key for "
              + forWhat
              + "; retry when it has filled");
    }
    return material;
  }

  /** What a request's blocks are for, as {@link #takeWhole} names it. */
  static String keysOf(KeyOrder order) {
    return order.number() + " keys of " + order.sizeBits() + " bits";
  }

  /**
   * Deletes and unwraps up to {@code needed} of the link's oldest blocks no other request holds, in
   * one statement (one round trip of the ETSI hot path instead of a select and a delete).
   */
  private void takeBlocks(Connection connection, String linkId, int needed, List<byte[]> material)
      throws SQLException {
    try (PreparedStatement take =
        connection.prepareStatement(
            "DELETE FROM vault_pool_block WHERE block_id IN (SELECT block_id FROM vault_pool_block"
                + " WHERE link_id = ? ORDER BY produced_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING block_id, kek_id, wrapped")) {
      take.setString(1, linkId);
      take.setInt(2, needed);
      try (ResultSet rows = take.executeQuery()) {
        while (rows.next()) {
          UUID id = rows.getObject(1, UUID.class);
          material.add(wrapping.unwrap(id, new Wrapped(rows.getString(2), rows.getBytes(3))));
        }
      }
    }
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
}
