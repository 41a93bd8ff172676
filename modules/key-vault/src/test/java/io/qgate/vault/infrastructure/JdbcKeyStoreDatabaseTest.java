package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.TestPostgres;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.KeySources;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vault's store on a real PostgreSQL: 64 concurrent clients over two stores (two platform
 * instances) never get the same key, each slave gets each key once, and no key material is ever in
 * the database in clear.
 */
class JdbcKeyStoreDatabaseTest {

  private static final int CLIENTS = 64;
  private static TestPostgres postgres;
  private static Path kekFile;

  private String url;
  private JdbcKeyStore instanceA;
  private JdbcKeyStore instanceB;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("vault");
    kekFile = Files.createTempDirectory("qgate-kek").resolve("kek");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    url = TwoNodeVault.newDatabase(postgres);
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    instanceA = new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
    instanceB = new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
  }

  @Test
  void sixtyFourClientsOverTwoInstancesNeverShareAKeyAndEachIsDeliveredOnce() throws Exception {
    int blocks = 2_000;
    TwoNodeVault.deposit(instanceA, blocks);
    Map<UUID, byte[]> issued = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        JdbcKeyStore store = c % 2 == 0 ? instanceA : instanceB;
        int number = 1 + c % 4;
        done.add(
            clients.submit(
                () -> {
                  while (true) {
                    List<IssuedKey> keys;
                    try {
                      keys =
                          store.reserve(
                              "l-ab",
                              "sae-a",
                              List.of("sae-b"),
                              new KeyOrder(number, 256, KeyClass.QKD),
                              KeyDerivation.AS_DISTILLED);
                    } catch (EtsiException e) {
                      assertThat(e.status()).isEqualTo(503);
                      return null;
                    }
                    keys.forEach(
                        k -> {
                          if (issued.putIfAbsent(k.keyId(), k.material().clone()) != null) {
                            duplicates.incrementAndGet();
                          }
                        });
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }

      assertThat(duplicates).hasValue(0);
      Set<ByteBuffer> distinctBytes = new HashSet<>();
      issued.values().forEach(b -> distinctBytes.add(ByteBuffer.wrap(b)));
      assertThat(distinctBytes).hasSameSizeAs(issued.keySet());
      // Every block went into exactly one key: only a remainder smaller than a request is left.
      assertThat(issued.size()).isGreaterThan(blocks - 4 * CLIENTS).isLessThanOrEqualTo(blocks);
      assertThat(instanceA.level("l-ab").storedBits()).isEqualTo((blocks - issued.size()) * 256L);

      // Every client races for the same keys, each starting elsewhere: each reaches the slave once.
      List<UUID> ids = new ArrayList<>(issued.keySet()).subList(0, 64);
      Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
      done.clear();
      for (int c = 0; c < CLIENTS; c++) {
        JdbcKeyStore store = c % 2 == 0 ? instanceA : instanceB;
        int offset = c;
        done.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < ids.size(); i++) {
                    int from = (i + offset) % ids.size();
                    UUID id = ids.get(from);
                    try {
                      for (IssuedKey key : store.deliver("sae-a", "sae-b", List.of(id))) {
                        assertThat(key.material()).isEqualTo(issued.get(key.keyId()));
                        deliveries
                            .computeIfAbsent(key.keyId(), k -> new AtomicInteger())
                            .incrementAndGet();
                      }
                    } catch (EtsiException e) {
                      assertThat(e.getMessage()).contains("no longer available");
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      assertThat(deliveries).hasSize(ids.size());
      assertThat(deliveries.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    } finally {
      clients.shutdownNow();
    }
    assertNoKeyMaterialInClear(issued.values());
  }

  @Test
  void deliveryChecksMasterSlaveAndIdentityAndErasesOnlyWhenEverySlaveHasTheKey() throws Exception {
    TwoNodeVault.deposit(instanceA, 8);
    IssuedKey key =
        instanceA
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b", "sae-b2"),
                new KeyOrder(1, 512, KeyClass.QKD),
                KeyDerivation.AS_DISTILLED)
            .get(0);
    assertThat(key.material()).hasSize(64);

    assertRefused(
        () -> instanceB.deliver("sae-a", "sae-b", List.of(UUID.randomUUID())), "is unknown");
    assertRefused(
        () -> instanceB.deliver("sae-b", "sae-b", List.of(key.keyId())),
        "was not issued to master SAE sae-b");
    assertRefused(
        () -> instanceB.deliver("sae-a", "sae-a", List.of(key.keyId())),
        "is not reserved for SAE sae-a");

    assertThat(instanceB.deliver("sae-a", "sae-b", List.of(key.keyId())).get(0).material())
        .isEqualTo(key.material());
    assertRefused(
        () -> instanceA.deliver("sae-a", "sae-b", List.of(key.keyId())), "already delivered");
    assertThat(wrappedIsErased(key.keyId())).isFalse(); // sae-b2 has not fetched it yet
    assertThat(instanceA.deliver("sae-a", "sae-b2", List.of(key.keyId())).get(0).material())
        .isEqualTo(key.material());
    assertThat(wrappedIsErased(key.keyId())).isTrue();
  }

  @Test
  void aReservationPastItsExpiryIsNotDeliveredEvenBeforeTheSweep() throws Exception {
    TwoNodeVault.deposit(instanceA, 2);
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    JdbcKeyStore expiringAtOnce =
        new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofSeconds(-1));
    IssuedKey key =
        expiringAtOnce
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.QKD),
                KeyDerivation.AS_DISTILLED)
            .get(0);
    assertRefused(() -> instanceA.deliver("sae-a", "sae-b", List.of(key.keyId())), "(expired)");
  }

  @Test
  void aRequestThePoolCannotServeWhollyTakesNothing() throws Exception {
    TwoNodeVault.deposit(instanceA, 3);
    assertThatThrownBy(
            () ->
                instanceA.reserve(
                    "l-ab",
                    "sae-a",
                    List.of("sae-b"),
                    new KeyOrder(2, 512, KeyClass.QKD),
                    KeyDerivation.AS_DISTILLED))
        .isInstanceOf(EtsiException.class)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));
    assertThat(instanceA.level("l-ab").storedBits()).isEqualTo(3 * 256);
  }

  private boolean wrappedIsErased(UUID keyId) throws Exception {
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT wrapped IS NULL, state FROM vault_key WHERE key_id = '" + keyId + "'")) {
      rows.next();
      return rows.getBoolean(1) && rows.getString(2).equals("CONSUMED");
    }
  }

  /** Scans every byte and text column of the vault's tables for any key's bytes. */
  private void assertNoKeyMaterialInClear(Iterable<byte[]> keys) throws Exception {
    List<byte[]> stored = new ArrayList<>();
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      for (String query :
          new String[] {
            "SELECT wrapped FROM vault_pool_block",
                "SELECT wrapped FROM vault_key WHERE wrapped IS NOT NULL",
            "SELECT convert_to(t::text, 'UTF8') FROM vault_key t",
                "SELECT convert_to(t::text, 'UTF8') FROM vault_key_slave t"
          }) {
        try (ResultSet rows = sql.executeQuery(query)) {
          while (rows.next()) {
            stored.add(rows.getBytes(1));
          }
        }
      }
    }
    for (byte[] key : keys) {
      byte[] prefix = java.util.Arrays.copyOf(key, 16);
      for (byte[] value : stored) {
        assertThat(indexOf(value, prefix)).as("key bytes found in the database").isEqualTo(-1);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void assertRefused(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
  }

  @Test
  void derivedKeysAreStoredAsDerivedAndPqcKeysTakeNothingFromThePool() {
    TwoNodeVault.deposit(instanceA, 4);
    byte[] derived = new byte[32];
    java.util.Arrays.fill(derived, (byte) 7);
    List<byte[]> seen = new ArrayList<>();
    IssuedKey hybrid =
        instanceA
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.HYBRID),
                (keyId, distilled) -> {
                  seen.add(distilled.clone());
                  return derived.clone();
                })
            .get(0);
    IssuedKey pqc =
        instanceA
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.PQC),
                (keyId, distilled) -> {
                  assertThat(distilled).isNull();
                  return derived.clone();
                })
            .get(0);

    assertThat(seen).singleElement().satisfies(t -> assertThat(t).hasSize(32));
    assertThat(instanceA.level("l-ab").storedBits()).isEqualTo(3 * 256);
    assertThat(hybrid.keyClass()).isEqualTo(KeyClass.HYBRID);
    assertThat(pqc.keyClass()).isEqualTo(KeyClass.PQC);
    KeySources sources =
        instanceB.sourcesOf(List.of(hybrid.keyId(), pqc.keyId(), UUID.randomUUID()));
    assertThat(sources.classes()).containsExactlyInAnyOrder(KeyClass.HYBRID, KeyClass.PQC);
    assertThat(sources.sourceLinks()).containsExactly("l-ab");
    assertThat(sources.links()).containsExactly("l-ab");
    List<IssuedKey> delivered =
        instanceB.deliver("sae-a", "sae-b", List.of(hybrid.keyId(), pqc.keyId()));
    assertThat(delivered)
        .extracting(IssuedKey::keyClass)
        .containsExactly(KeyClass.HYBRID, KeyClass.PQC);
    assertThat(instanceB.sourcesOf(List.of(hybrid.keyId(), pqc.keyId())).classes())
        .as("consumed keys are no longer deliverable")
        .isEmpty();
    assertThat(delivered).allSatisfy(k -> assertThat(k.material()).isEqualTo(derived));
  }

  @Test
  void aQuarantineLeavesThePqcKeysFiledUnderTheLink() {
    TwoNodeVault.deposit(instanceA, 1);
    IssuedKey qkd =
        instanceA
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.QKD),
                KeyDerivation.AS_DISTILLED)
            .get(0);
    byte[] pqcBytes = new byte[32];
    java.util.Arrays.fill(pqcBytes, (byte) 9);
    IssuedKey pqc =
        instanceA
            .reserve(
                "l-ab",
                "sae-a",
                List.of("sae-b"),
                new KeyOrder(1, 256, KeyClass.PQC),
                (keyId, none) -> pqcBytes.clone())
            .get(0);

    assertThat(instanceA.quarantine("l-ab", q -> {}).quarantinedKeys())
        .containsExactly(qkd.keyId());

    assertRefused(() -> instanceB.deliver("sae-a", "sae-b", List.of(qkd.keyId())), "(quarantined)");
    assertThat(instanceB.deliver("sae-a", "sae-b", List.of(pqc.keyId())).get(0).material())
        .isEqualTo(pqcBytes);
  }
}
