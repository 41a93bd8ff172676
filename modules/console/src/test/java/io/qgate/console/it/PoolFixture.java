package io.qgate.console.it;

import static org.awaitility.Awaitility.await;

import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.KekRing;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills a link's pool directly, as a link running at full speed would: for tests that need more
 * keys than the simulated physics produces in a test's time. Wraps under the same KEK file the
 * platform instances use, through the vault's own store, once the platform has migrated the
 * database.
 */
final class PoolFixture {

  private PoolFixture() {}

  static void deposit(String linkId, int blocks) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(
        "jdbc:postgresql://localhost:" + Integer.getInteger("qgate.it.db.port", 25432) + "/qgate");
    dataSource.setUser("qgate_app");
    dataSource.setPassword("postgres");
    KekRing kek = KekRing.load(Optional.of(VaultSettings.work().resolve("kek"))).orElseThrow();
    JdbcKeyStore store = new JdbcKeyStore(dataSource, kek, Long.MAX_VALUE, Duration.ofHours(1));
    // A fresh deployment may still be migrating the database when a test class starts.
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> store.level(linkId) != null);
    SecureRandom random = new SecureRandom();
    for (int done = 0; done < blocks; ) {
      int batch = Math.min(5_000, blocks - done);
      List<byte[]> material = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        byte[] block = new byte[32];
        random.nextBytes(block);
        material.add(block);
      }
      store.deposit(linkId, 0.02, material);
      done += batch;
    }
  }
}
