package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.platform.domain.Tenant;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.WrappedCounts;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.JdbcMasterKeyCustody;
import io.qgate.vault.infrastructure.KekRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * KEK rewrap on a real PostgreSQL, through {@link KeyLifecycleService} over the platform's {@link
 * JdbcKeyStore}: after a rewrap (also during live traffic) a ring holding only the new KEK unwraps
 * every pool block, key and master key, no key is lost, the rewrap is audited, and what it cannot
 * move is reported.
 */
class KekRewrapDatabaseTest extends KeyLifecycleFixture {

  @Test
  void afterARewrapARingWithOnlyTheNewKekUnwrapsEverything() throws Exception {
    deposit(store, "l-ab", 1_500);
    Map<UUID, byte[]> issued = new HashMap<>();
    List<IssuedKey> shared = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reserve(store, "l-ab", "sae-b", 3).forEach(k -> issued.put(k.keyId(), k.material()));
    }
    for (int i = 0; i < 5; i++) {
      shared.addAll(reserveShared(store));
    }
    shared.forEach(k -> issued.put(k.keyId(), k.material()));
    // Half-delivered keys keep their material until sae-b2 fetches them.
    for (IssuedKey k : shared) {
      store.deliver("sae-a", "sae-b", List.of(k.keyId()));
    }
    long poolUnderKek1 = 1_500 - 30 - 10;
    // A gateway master key the core keeps for readers, wrapped under kek-1 too.
    KekRing kek1Ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    UUID masterKeyId = UUID.randomUUID();
    byte[] masterSecret = new byte[32];
    new SecureRandom().nextBytes(masterSecret);
    new JdbcMasterKeyCustody(postgres.asApp(url), kek1Ring)
        .keep(
            new TelemetryMasterKey(
                masterKeyId,
                "sae-b",
                Tenant.UTILITY,
                PolicyDomain.GRID,
                KeyClass.QKD,
                new byte[32],
                Instant.now()),
            masterSecret.clone());

    // Rotate: the new KEK goes first, the old one stays below until the rewrap is done.
    byte[] kek2 = new byte[32];
    new SecureRandom().nextBytes(kek2);
    String kek2Line = "kek-2 " + Base64.getEncoder().encodeToString(kek2) + "\n";
    Files.writeString(kekFile, kek2Line + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    deposit(rotated, "l-ac", 5);
    KeyLifecycleService afterRotation = service(rotated);

    KekInventory before = afterRotation.kekInventory();
    assertThat(before.currentKekId()).isEqualTo("kek-2");
    assertThat(before.configuredKekIds()).containsExactly("kek-2", "kek-1");
    assertThat(before.notUnderCurrent())
        .containsExactly(Map.entry("kek-1", new WrappedCounts(poolUnderKek1, 40, 1)));

    KekRewrap rewrap = afterRotation.rewrap("carol");

    assertThat(rewrap.currentKekId()).isEqualTo("kek-2");
    assertThat(rewrap.rewrapped())
        .containsExactly(Map.entry("kek-1", new WrappedCounts(poolUnderKek1, 40, 1)));
    assertThat(rewrap.remaining()).isEmpty();
    assertThat(afterRotation.kekInventory().wrapped())
        .containsExactly(Map.entry("kek-2", new WrappedCounts(poolUnderKek1 + 5, 40, 1)));
    AuditEvent event = audit.events.get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.KEK_REWRAPPED);
    assertThat(event.actor()).isEqualTo("carol");
    assertThat(event.details())
        .isEqualTo(
            "{\"found\":{\"kek-1\":{\"keys\":40,\"masterKeys\":1,\"poolBlocks\":"
                + poolUnderKek1
                + "}},\"toKek\":\"kek-2\"}");

    // The operator removes the old line: only kek-2 is left, and it unwraps everything.
    Path onlyNew = dir.resolve("kek-only-new");
    Files.writeString(onlyNew, kek2Line);
    JdbcKeyStore newOnly = storeWith(onlyNew);
    for (Map.Entry<UUID, byte[]> key : issued.entrySet()) {
      String slave =
          shared.stream().anyMatch(s -> s.keyId().equals(key.getKey())) ? "sae-b2" : "sae-b";
      assertThat(newOnly.deliver("sae-a", slave, List.of(key.getKey())).get(0).material())
          .isEqualTo(key.getValue());
    }
    assertThat(reserve(newOnly, "l-ab", "sae-b", (int) poolUnderKek1)).hasSize((int) poolUnderKek1);
    assertThat(reserve(newOnly, "l-ac", "sae-c", 5)).hasSize(5);
    KekRing newOnlyRing = KekRing.load(Optional.of(onlyNew)).orElseThrow();
    var master = new JdbcMasterKeyCustody(postgres.asApp(url), newOnlyRing).open(masterKeyId);
    assertThat(master).isPresent();
    assertThat(master.get().secret().bytes()).isEqualTo(masterSecret);
  }

  @Test
  void aRewrapDuringLiveTrafficMovesEverythingAndLosesNoKey() throws Exception {
    deposit(store, "l-ab", 4_000);
    byte[] kek2 = new byte[32];
    new SecureRandom().nextBytes(kek2);
    String kek2Line = "kek-2 " + Base64.getEncoder().encodeToString(kek2) + "\n";
    Files.writeString(kekFile, kek2Line + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    KeyLifecycleService afterRotation = service(rotated);

    Map<UUID, byte[]> issued = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    KekRewrap rewrap;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        done.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < 200 && !stop.get(); i++) {
                    reserve(rotated, "l-ab", "sae-b", 2)
                        .forEach(k -> issued.put(k.keyId(), k.material()));
                  }
                  return null;
                }));
      }
      rewrap = afterRotation.rewrap("carol");
      stop.set(true);
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(rewrap.remaining()).isEmpty();
    assertThat(rewrap.rewrapped().get("kek-1").poolBlocks()).isPositive();
    assertThat(count("SELECT count(*) FROM vault_pool_block WHERE kek_id <> 'kek-2'")).isZero();
    assertThat(
            count("SELECT count(*) FROM vault_key WHERE wrapped IS NOT NULL AND kek_id <> 'kek-2'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM vault_pool_block") + issued.size()).isEqualTo(4_000);

    Path onlyNew = dir.resolve("kek-only-new");
    Files.writeString(onlyNew, kek2Line);
    JdbcKeyStore newOnly = storeWith(onlyNew);
    List<UUID> ids = new ArrayList<>(issued.keySet());
    for (int from = 0; from < ids.size(); from += 128) {
      for (IssuedKey key :
          newOnly.deliver("sae-a", "sae-b", ids.subList(from, Math.min(ids.size(), from + 128)))) {
        assertThat(key.material()).isEqualTo(issued.get(key.keyId()));
      }
    }
  }

  @Test
  void aRewrapReportsWhatItCannotMove() throws Exception {
    deposit(store, "l-ab", 5);
    Files.writeString(
        kekFile,
        "kek-2 "
            + Base64.getEncoder().encodeToString(new byte[32])
            + "\n"
            + Files.readString(kekFile));
    JdbcKeyStore rotated = storeWith(kekFile);
    // One block altered in the database, one under a KEK nobody has any more.
    owner(
        "UPDATE vault_pool_block SET wrapped = set_byte(wrapped, 20, get_byte(wrapped, 20) # 1)"
            + " WHERE block_id = (SELECT min(block_id::text)::uuid FROM vault_pool_block)",
        "UPDATE vault_pool_block SET kek_id = 'kek-0'"
            + " WHERE block_id = (SELECT max(block_id::text)::uuid FROM vault_pool_block)");

    KekRewrap rewrap = service(rotated).rewrap("carol");

    assertThat(rewrap.rewrapped()).containsExactly(Map.entry("kek-1", new WrappedCounts(3, 0)));
    assertThat(rewrap.remaining())
        .containsOnly(
            Map.entry("kek-0", new WrappedCounts(1, 0)),
            Map.entry("kek-1", new WrappedCounts(1, 0)));
  }
}
