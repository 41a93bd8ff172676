package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.TestPostgres;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyMetadata.Hop;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
import io.qgate.vault.domain.KeyState;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.domain.relay.RelayHop;
import io.qgate.vault.domain.relay.RelayPath;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trusted relay on a real PostgreSQL, over n-a -[l-1]-> n-r1 -[l-2]-> n-r2 -[l-3]-> n-d: the slave
 * gets the bytes the master got, every hop's pool gives exactly the key's blocks, the hops are
 * recorded, and 32 clients over two store instances never use any hop's block twice.
 */
class RelayReservationDatabaseTest {

  private static final RelayPath THREE_HOPS =
      new RelayPath(
          List.of(
              new RelayHop("l-1", "n-a", "n-r1"),
              new RelayHop("l-2", "n-r1", "n-r2"),
              new RelayHop("l-3", "n-r2", "n-d")));
  private static final List<String> LINKS = List.of("l-1", "l-2", "l-3");

  private static TestPostgres postgres;
  private static Path kekFile;

  private String url;
  private JdbcKeyStore instanceA;
  private JdbcKeyStore instanceB;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("vault-relay");
    kekFile = Files.createTempDirectory("qgate-kek").resolve("kek");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    url = postgres.newDatabase();
    owner(
        "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at) VALUES"
            + " ('n-a', 0, 'A', 'CORE_KME', 'SHARED', 'a', now(), now()),"
            + " ('n-d', 0, 'D', 'EDGE_GATEWAY', 'UTILITY', 'd', now(), now())",
        "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
            + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-d', 'n-d', 'UTILITY', 'GRID', now())");
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    instanceA = new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
    instanceB = new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
  }

  @Test
  void theSlaveGetsTheMastersBytesAndEachHopGaveExactlyTheKeysBlocks() {
    LINKS.forEach(link -> deposit(link, 10));

    List<IssuedKey> keys = reserve(instanceA, 2, 512); // 2 blocks per key, on every hop

    for (String link : LINKS) {
      assertThat(instanceA.level(link).storedBits()).as(link).isEqualTo(6 * 256);
    }
    List<UUID> ids = keys.stream().map(IssuedKey::keyId).toList();
    KeySources sources = instanceB.sourcesOf(ids);
    assertThat(sources.sourceLinks()).containsExactly("l-1");
    assertThat(sources.links()).containsExactlyInAnyOrderElementsOf(LINKS);
    List<IssuedKey> delivered = instanceB.deliver("sae-a", "sae-d", ids);
    assertThat(delivered).hasSize(2);
    assertThat(keys.get(0).material())
        .isNotEqualTo(new byte[64])
        .isNotEqualTo(keys.get(1).material());
    for (int k = 0; k < 2; k++) {
      assertThat(delivered.get(k).material()).hasSize(64).isEqualTo(keys.get(k).material());
    }
    var metadata = instanceA.find(keys.get(0).keyId()).orElseThrow();
    assertThat(metadata.linkId()).isEqualTo("l-1");
    assertThat(metadata.state()).isEqualTo(KeyState.CONSUMED);
    assertThat(metadata.relayPath())
        .containsExactly(
            new Hop("l-1", "n-a", "n-r1", 512),
            new Hop("l-2", "n-r1", "n-r2", 512),
            new Hop("l-3", "n-r2", "n-d", 512));
    assertThat(count("SELECT count(*) FROM vault_key_hop")).isEqualTo(6);
  }

  @Test
  void aHopWhosePoolIsShortTakesNothingFromAnyHop() {
    deposit("l-1", 10);
    deposit("l-2", 10);
    deposit("l-3", 3);

    assertThatThrownBy(() -> reserve(instanceA, 2, 512))
        .isInstanceOf(PoolTooSmallException.class)
        .hasMessageContaining("link l-3");

    assertThat(instanceA.level("l-1").storedBits()).isEqualTo(10 * 256);
    assertThat(instanceA.level("l-2").storedBits()).isEqualTo(10 * 256);
    assertThat(instanceA.level("l-3").storedBits()).isEqualTo(3 * 256);
    assertThat(count("SELECT count(*) FROM vault_key")).isZero();
    assertThat(count("SELECT count(*) FROM vault_key_hop")).isZero();
  }

  @Test
  void thirtyTwoClientsOverTwoInstancesNeverUseAHopsBlockTwice() throws Exception {
    int blocks = 600;
    LINKS.forEach(link -> deposit(link, blocks));
    Map<UUID, byte[]> issued = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(32);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 32; c++) {
        JdbcKeyStore store = c % 2 == 0 ? instanceA : instanceB;
        int number = 1 + c % 3;
        done.add(
            clients.submit(
                () -> {
                  while (true) {
                    try {
                      reserve(store, number, 256)
                          .forEach(k -> issued.put(k.keyId(), k.material().clone()));
                    } catch (PoolTooSmallException dry) {
                      return null;
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }

    // Every hop gave one block per key, and only a remainder smaller than a request is left.
    assertThat(issued.size()).isGreaterThan(blocks - 3 * 32).isLessThanOrEqualTo(blocks);
    for (String link : LINKS) {
      assertThat(instanceA.level(link).storedBits())
          .as(link)
          .isEqualTo((blocks - issued.size()) * 256L);
      assertThat(count("SELECT count(*) FROM vault_key_hop WHERE link_id = '" + link + "'"))
          .isEqualTo(issued.size());
    }
    Set<ByteBuffer> distinct = new HashSet<>();
    issued.values().forEach(b -> distinct.add(ByteBuffer.wrap(b)));
    assertThat(distinct).hasSameSizeAs(issued.keySet());
    List<UUID> ids = new ArrayList<>(issued.keySet()).subList(0, 50);
    instanceB
        .deliver("sae-a", "sae-d", ids)
        .forEach(k -> assertThat(k.material()).isEqualTo(issued.get(k.keyId())));
  }

  @Test
  void quarantiningAnyHopQuarantinesTheKeysRelayedOverIt() {
    LINKS.forEach(link -> deposit(link, 4));
    List<IssuedKey> keys = reserve(instanceA, 2, 256);

    var quarantine = instanceB.quarantine("l-2", q -> {});

    assertThat(quarantine.quarantinedKeys())
        .containsExactlyInAnyOrderElementsOf(keys.stream().map(IssuedKey::keyId).toList());
    assertThat(instanceA.find(keys.get(0).keyId()).orElseThrow().state())
        .isEqualTo(KeyState.QUARANTINED);
    assertThat(instanceA.level("l-2").storedBits()).isZero();
    assertThat(instanceA.level("l-1").storedBits()).isEqualTo(2 * 256);
  }

  @Test
  void pqcKeysOverARelayPathTakeNothingFromAnyHop() {
    LINKS.forEach(link -> deposit(link, 1));
    byte[] derived = new byte[32];

    IssuedKey key =
        instanceA
            .reserve(
                THREE_HOPS,
                "sae-a",
                List.of("sae-d"),
                new KeyOrder(1, 256, KeyClass.PQC),
                (id, none) -> derived.clone())
            .get(0);

    assertThat(instanceA.find(key.keyId()).orElseThrow().relayPath()).isEmpty();
    LINKS.forEach(link -> assertThat(instanceA.level(link).storedBits()).isEqualTo(256));
  }

  private static List<IssuedKey> reserve(JdbcKeyStore store, int number, int sizeBits) {
    return store.reserve(
        THREE_HOPS,
        "sae-a",
        List.of("sae-d"),
        new KeyOrder(number, sizeBits, KeyClass.QKD),
        KeyDerivation.AS_DISTILLED);
  }

  private void deposit(String link, int blocks) {
    TwoNodeVault.deposit(instanceA, link, blocks);
  }

  private void owner(String... statements) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private long count(String query) {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
