package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.Tenant;
import io.qgate.vault.domain.ClosedKey;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyMetadata.SlaveDelivery;
import io.qgate.vault.domain.KeyState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A reserved key's end other than delivery: expired by the sweep, revoked by an operator (or
 * quarantined, {@link LinkQuarantines}). The key row stays, as metadata for the audit trail; its
 * material is erased. Each hands the caller what it is about to erase first, inside the same
 * transaction, so the audit record and the erasure commit together or not at all.
 */
final class KeyErasure {

  private KeyErasure() {}

  /** Up to {@code limit} reservations past their expiry, oldest first. */
  static List<ClosedKey> expire(
      Connection connection, int limit, Consumer<List<ClosedKey>> beforeErase) throws SQLException {
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
              new ClosedKey(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
        }
      }
    }
    if (due.isEmpty()) {
      return due;
    }
    beforeErase.accept(List.copyOf(due));
    erase(connection, due.stream().map(ClosedKey::keyId).toList(), KeyState.EXPIRED);
    return due;
  }

  static KeyMetadata revoke(Connection connection, UUID keyId, Consumer<KeyMetadata> beforeErase)
      throws SQLException {
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
  }

  /** Erases the material of reserved keys the caller has locked, moving them to {@code state}. */
  static void erase(Connection connection, List<UUID> keyIds, KeyState state) throws SQLException {
    if (keyIds.isEmpty()) {
      return;
    }
    try (PreparedStatement erase =
        connection.prepareStatement(
            "UPDATE vault_key SET state = ?, wrapped = NULL, kek_id = NULL, closed_at = now()"
                + " WHERE key_id = ANY (?) AND state = 'RESERVED'")) {
      erase.setString(1, state.name());
      erase.setArray(2, Sql.uuids(connection, keyIds));
      erase.executeUpdate();
    }
  }

  /** The key and its slaves; with {@code lock}, the key's row stays locked until commit. */
  static Optional<KeyMetadata> metadata(Connection connection, UUID keyId, boolean lock)
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
            slaves.add(new SlaveDelivery(rows.getString(1), Sql.instant(rows, 2)));
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
                Sql.instant(row, 8),
                Sql.instant(row, 9),
                Sql.instant(row, 10),
                RelayReservation.hops(connection, keyId)));
      }
    }
  }
}
