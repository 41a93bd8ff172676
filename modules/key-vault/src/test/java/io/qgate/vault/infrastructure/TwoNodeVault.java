package io.qgate.vault.infrastructure;

import io.qgate.audit.TestPostgres;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the store's database tests start from: a core KME {@code n-a} with SAE {@code sae-a} and
 * a grid gateway {@code n-b} with SAEs {@code sae-b} and {@code sae-b2}.
 */
public final class TwoNodeVault {

  private TwoNodeVault() {}

  /** A new migrated database holding those rows; returns its JDBC URL. */
  static String newDatabase(TestPostgres postgres) throws SQLException {
    String url = postgres.newDatabase();
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      sql.execute(
          "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at) VALUES"
              + " ('n-a', 0, 'A', 'CORE_KME', 'SHARED', 'a', now(), now()),"
              + " ('n-b', 0, 'B', 'EDGE_GATEWAY', 'UTILITY', 'b', now(), now())");
      sql.execute(
          "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
              + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-b', 'n-b', 'UTILITY', 'GRID', now()),"
              + " ('sae-b2', 'n-b', 'UTILITY', 'GRID', now())");
    }
    return url;
  }

  /** {@code blocks} random 256-bit blocks into the pool of link {@code l-ab}, at QBER 2 %. */
  static void deposit(JdbcKeyStore store, int blocks) {
    deposit(store, "l-ab", blocks);
  }

  /** {@code blocks} random 256-bit blocks into the pool of {@code link}, at QBER 2 %. */
  public static void deposit(JdbcKeyStore store, String link, int blocks) {
    SecureRandom random = new SecureRandom();
    List<byte[]> material = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      byte[] block = new byte[32];
      random.nextBytes(block);
      material.add(block);
    }
    store.deposit(link, 0.02, material);
  }
}
