package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.NotFoundException;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkQuarantine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Quarantine of a compromised link ({@link KeyStore#quarantine}): its pool blocks are deleted and
 * the reserved keys they (or relays over the link) protected are erased, all or only what was
 * produced after a given instant. Statements on the caller's transaction.
 */
final class LinkQuarantines {

  private LinkQuarantines() {}

  static LinkQuarantine quarantine(
      Connection connection,
      String linkId,
      Instant producedAfter,
      Consumer<LinkQuarantine> beforeErase)
      throws SQLException {
    OffsetDateTime blocksAfter =
        producedAfter == null ? null : producedAfter.atOffset(ZoneOffset.UTC);
    OffsetDateTime keysAfter =
        producedAfter == null
            ? null
            : producedAfter.minus(KeyStore.CLOCK_SKEW).atOffset(ZoneOffset.UTC);
    // Blocks first: an enc_keys in flight holds some of them; waiting for it here means the keys
    // it cuts from them are committed, and found below, before the keys are read.
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
            // Keys relayed over the link too: its pad protected them on the way. PQC keys filed
            // under the link took nothing from it and stay.
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
    KeyErasure.erase(connection, keys, KeyState.QUARANTINED);
    try (PreparedStatement remove =
        connection.prepareStatement("DELETE FROM vault_pool_block WHERE block_id = ANY (?)")) {
      remove.setArray(1, Sql.uuids(connection, blocks));
      remove.executeUpdate();
    }
    return quarantine;
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
}
