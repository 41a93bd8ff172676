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
import java.util.List;
import java.util.UUID;

/**
 * enc_keys over one link: the request's keys cut from whole pool blocks, derived as their class
 * says, and recorded wrapped as {@code RESERVED} for the master SAE and each slave until the
 * reservation expires. Statements on the caller's transaction; relayed keys: {@link
 * RelayReservation}.
 */
final class KeyReservations {

  private final KeyWrapping wrapping;
  private final PoolBlocks pool;
  private final Duration lifetime;

  KeyReservations(KeyWrapping wrapping, PoolBlocks pool, Duration lifetime) {
    this.wrapping = wrapping;
    this.pool = pool;
    this.lifetime = lifetime;
  }

  List<IssuedKey> reserve(
      Connection connection,
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder request,
      KeyDerivation derivation)
      throws SQLException {
    // PQC keys come from ML-KEM alone and take nothing from the pool.
    int perKey = request.keyClass() == KeyClass.PQC ? 0 : EtsiLimits.blocksFor(request.sizeBits());
    List<byte[]> material = pool.takeWhole(connection, linkId, perKey, request);
    List<IssuedKey> keys = new ArrayList<>(request.number());
    try {
      for (int k = 0; k < request.number(); k++) {
        UUID keyId = RandomIds.uuid();
        byte[] distilled =
            perKey == 0
                ? null
                : PoolBlocks.cut(
                    material.subList(k * perKey, (k + 1) * perKey), request.sizeBits());
        keys.add(new IssuedKey(keyId, request.keyClass(), derivation.keyFor(keyId, distilled)));
      }
    } catch (RuntimeException e) {
      keys.forEach(IssuedKey::erase);
      throw e;
    } finally {
      material.forEach(m -> Arrays.fill(m, (byte) 0));
    }
    record(connection, linkId, masterSae, slaves, request, keys);
    return keys;
  }

  /**
   * The keys' rows, wrapped, and one row per slave that is to fetch them: one statement, a round
   * trip of the ETSI hot path.
   */
  void record(
      Connection connection,
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder request,
      List<IssuedKey> keys)
      throws SQLException {
    UUID[] keyIds = new UUID[keys.size()];
    String[] kekIds = new String[keys.size()];
    byte[][] wrapped = new byte[keys.size()][];
    for (int i = 0; i < keys.size(); i++) {
      IssuedKey issued = keys.get(i);
      Wrapped wrap = wrapping.wrap(issued.keyId(), issued.material());
      keyIds[i] = issued.keyId();
      kekIds[i] = wrap.kekId();
      wrapped[i] = wrap.bytes();
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "WITH reserved AS (INSERT INTO vault_key (key_id, link_id, key_class, size_bits,"
                + " master_sae, state, kek_id, wrapped, issued_at, expires_at)"
                + " SELECT key_id, ?, ?, ?, ?, 'RESERVED', kek_id, wrapped, ?, ?"
                + " FROM unnest(?::uuid[], ?::varchar[], ?::bytea[]) AS k (key_id, kek_id, wrapped)"
                + " RETURNING key_id)"
                + " INSERT INTO vault_key_slave (key_id, slave_sae)"
                + " SELECT reserved.key_id, slave FROM reserved, unnest(?::varchar[]) AS slave")) {
      insert.setString(1, linkId);
      insert.setString(2, request.keyClass().name());
      insert.setInt(3, request.sizeBits());
      insert.setString(4, masterSae);
      insert.setObject(5, now);
      insert.setObject(6, now.plus(lifetime));
      insert.setArray(7, connection.createArrayOf("uuid", keyIds));
      insert.setArray(8, connection.createArrayOf("varchar", kekIds));
      insert.setArray(9, connection.createArrayOf("bytea", wrapped));
      insert.setArray(10, connection.createArrayOf("varchar", slaves.toArray()));
      insert.executeUpdate();
    }
  }
}
