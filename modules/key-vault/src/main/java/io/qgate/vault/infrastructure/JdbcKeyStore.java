package io.qgate.vault.infrastructure;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.ClosedKey;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyMetadata;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.KeyWrapping;
import io.qgate.vault.domain.LinkQuarantine;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.relay.RelayPath;
import io.qgate.vault.infrastructure.KeyDeliveries.Delivery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The vault's tables over plain JDBC, each operation one local transaction opened here and run by
 * the class that knows its statements: {@link PoolBlocks} (deposits, takes), {@link
 * KeyReservations} (enc_keys, group-committed by {@link ReservationBatches}) and {@link
 * RelayReservation} (relayed enc_keys), {@link KeyDeliveries} (dec_keys, group-committed too),
 * {@link KeyErasure} and {@link LinkQuarantines} (the other ends of a key), {@link KekRewrapper}. A
 * database failure is the ETSI 503. Must run outside container transactions (it commits itself).
 */
public final class JdbcKeyStore implements KeyStore {

  private final DataSource dataSource;
  private final KeyWrapping wrapping;
  private final long poolCapacityBits;
  private final PoolBlocks pool;
  private final ReservationBatches batches;
  private final RelayReservation relay;
  private final GroupCommit<Delivery, List<IssuedKey>> deliveries;
  private final GroupCommit<List<UUID>, KeySources> sources;

  /** A store whose dec_keys runs on {@code dataSource} too (tests, benchmarks). */
  public JdbcKeyStore(
      DataSource dataSource,
      KeyWrapping wrapping,
      long poolCapacityBits,
      Duration reservationLifetime) {
    this(dataSource, dataSource, wrapping, poolCapacityBits, reservationLifetime);
  }

  /**
   * @param decKeys where dec_keys' group commits run: sessions that plan generically ({@link
   *     DecKeysDataSource}); everything else runs on {@code dataSource}
   */
  public JdbcKeyStore(
      DataSource dataSource,
      DataSource decKeys,
      KeyWrapping wrapping,
      long poolCapacityBits,
      Duration reservationLifetime) {
    this.dataSource = dataSource;
    this.wrapping = wrapping;
    this.poolCapacityBits = poolCapacityBits;
    this.pool = new PoolBlocks(wrapping);
    KeyReservations reservations = new KeyReservations(wrapping, pool, reservationLifetime);
    this.batches = new ReservationBatches(dataSource, reservations, JdbcKeyStore::unavailable);
    this.relay = new RelayReservation(pool, reservations);
    KeyDeliveries delivery = new KeyDeliveries(wrapping);
    this.deliveries =
        new GroupCommit<>(
            GroupCommit.ETSI_MAX_BATCH,
            requests ->
                Sql.transaction(
                    decKeys,
                    connection -> delivery.deliverAll(connection, requests),
                    JdbcKeyStore::unavailable));
    // dec_keys' policy decision reads the keys' classes first: one query for all that queued.
    this.sources =
        new GroupCommit<>(
            GroupCommit.ETSI_MAX_BATCH,
            requests ->
                Sql.run(
                        decKeys,
                        connection -> KeyDeliveries.sourcesOf(connection, requests),
                        JdbcKeyStore::unavailable)
                    .stream()
                    .map(GroupCommit.Outcome::of)
                    .toList());
  }

  @Override
  public void deposit(String linkId, double qber, List<byte[]> blocks) {
    PoolBlocks.Deposit deposit = pool.wrap(blocks);
    transaction(
        connection -> {
          pool.insert(connection, linkId, qber, deposit);
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
    return batches.reserve(
        new KeyReservations.Request(linkId, masterSae, slaves, request, derivation));
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

  @Override
  public List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds) {
    return deliveries.submit(new Delivery(masterSae, slaveSae, keyIds));
  }

  @Override
  public KeySources sourcesOf(List<UUID> keyIds) {
    return sources.submit(keyIds);
  }

  @Override
  public PoolLevel level(String linkId) {
    return transaction(connection -> PoolLevels.read(connection, List.of(linkId), poolCapacityBits))
        .get(0);
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
          return PoolLevels.read(connection, links, poolCapacityBits);
        });
  }

  @Override
  public Optional<KeyMetadata> find(UUID keyId) {
    return transaction(connection -> KeyErasure.metadata(connection, keyId, false));
  }

  @Override
  public List<ClosedKey> expire(int limit, Consumer<List<ClosedKey>> beforeErase) {
    return transaction(connection -> KeyErasure.expire(connection, limit, beforeErase));
  }

  @Override
  public KeyMetadata revoke(UUID keyId, Consumer<KeyMetadata> beforeErase) {
    return transaction(connection -> KeyErasure.revoke(connection, keyId, beforeErase));
  }

  @Override
  public LinkQuarantine quarantine(
      String linkId, Instant producedAfter, Consumer<LinkQuarantine> beforeErase) {
    return transaction(
        connection -> LinkQuarantines.quarantine(connection, linkId, producedAfter, beforeErase));
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

  private <T> T transaction(Sql.Work<T> work) {
    return Sql.transaction(dataSource, work, JdbcKeyStore::unavailable);
  }

  private static EtsiException unavailable(SQLException e) {
    return EtsiException.unavailable(
        "the key store is unavailable (" + e.getSQLState() + "); retry later");
  }
}
