package io.qgate.vault.infrastructure;

import static io.qgate.vault.infrastructure.Sql.instant;

import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Telemetry master keys in {@code telemetry_master_key} (V9), each secret wrapped under the KEK
 * with its key id as associated data (as every pool block and ETSI key is).
 */
public final class JdbcMasterKeyCustody implements MasterKeyCustody {

  private static final String COLUMNS =
      "key_id, gateway_sae, tenant, domain, key_class, salt, issued_at, kek_id, wrapped";

  private final DataSource dataSource;
  private final KeyWrapping wrapping;

  public JdbcMasterKeyCustody(DataSource dataSource, KeyWrapping wrapping) {
    this.dataSource = dataSource;
    this.wrapping = wrapping;
  }

  @Override
  public void keep(TelemetryMasterKey key, byte[] secret) {
    Wrapped wrapped = wrapping.wrap(key.keyId(), secret);
    Sql.run(
        dataSource,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO telemetry_master_key ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, key.keyId());
            insert.setString(2, key.gatewaySae());
            insert.setString(3, key.tenant().name());
            insert.setString(4, key.domain().name());
            insert.setString(5, key.keyClass().name());
            insert.setBytes(6, key.salt());
            insert.setTimestamp(7, Timestamp.from(key.issuedAt()));
            insert.setString(8, wrapped.kekId());
            insert.setBytes(9, wrapped.bytes());
            return insert.executeUpdate();
          }
        },
        Sql::keysUnavailable);
  }

  @Override
  public Optional<TelemetryMasterKey> find(UUID keyId) {
    return select(keyId, JdbcMasterKeyCustody::key);
  }

  @Override
  public Optional<Held> open(UUID keyId) {
    return select(
        keyId,
        rows -> {
          TelemetryMasterKey key = key(rows);
          Wrapped wrapped = new Wrapped(rows.getString(8), rows.getBytes(9));
          return new Held(key, KeyMaterial.wrap(wrapping.unwrap(key.keyId(), wrapped)));
        });
  }

  @Override
  public List<TelemetryMasterKey> latest(Set<Tenant> tenants, int limit) {
    return Sql.run(
        dataSource,
        connection -> {
          List<TelemetryMasterKey> keys = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM telemetry_master_key WHERE tenant = ANY (?)"
                      + " ORDER BY issued_at DESC, key_id LIMIT ?")) {
            query.setArray(
                1,
                connection.createArrayOf(
                    "varchar", tenants.stream().map(Enum::name).toArray(String[]::new)));
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                keys.add(key(rows));
              }
            }
          }
          return keys;
        },
        Sql::keysUnavailable);
  }

  private interface Row<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> Optional<T> select(UUID keyId, Row<T> row) {
    return Sql.run(
        dataSource,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM telemetry_master_key WHERE key_id = ?")) {
            query.setObject(1, keyId);
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() ? Optional.of(row.read(rows)) : Optional.<T>empty();
            }
          }
        },
        Sql::keysUnavailable);
  }

  private static TelemetryMasterKey key(ResultSet rows) throws SQLException {
    return new TelemetryMasterKey(
        rows.getObject(1, UUID.class),
        rows.getString(2),
        Tenant.valueOf(rows.getString(3)),
        PolicyDomain.valueOf(rows.getString(4)),
        KeyClass.valueOf(rows.getString(5)),
        rows.getBytes(6),
        instant(rows, 7));
  }
}
