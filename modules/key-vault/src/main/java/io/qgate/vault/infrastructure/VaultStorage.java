package io.qgate.vault.infrastructure;

import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the platform's {@link KeyStore}: PostgreSQL through the platform data source (and, for
 * dec_keys, {@link DecKeysDataSource}), key material wrapped under the KEKs of {@code
 * QGATE_KEK_FILE}. Without a KEK file the vault stays shut: every operation answers 503, and
 * nothing is ever stored unwrapped.
 */
@ApplicationScoped
public class VaultStorage {

  private static final Logger LOG = Logger.getLogger(VaultStorage.class.getName());

  @Resource(lookup = QgateDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = DecKeysDataSource.JNDI_NAME)
  DataSource decKeysDataSource;

  @Inject
  @ConfigProperty(name = "qgate.kek.file")
  Optional<String> kekFile;

  @Inject
  @ConfigProperty(name = "qgate.vault.pool-capacity-bits", defaultValue = "16777216")
  long poolCapacityBits;

  @Inject
  @ConfigProperty(name = "qgate.vault.reservation-minutes", defaultValue = "60")
  long reservationMinutes;

  private Optional<KekRing> ring;

  /** The KEKs, loaded once for every store that wraps with them. */
  private synchronized Optional<KekRing> ring() {
    if (ring == null) {
      ring = KekRing.load(kekFile.filter(f -> !f.isBlank()).map(Path::of));
    }
    return ring;
  }

  @Produces
  @ApplicationScoped
  MasterKeyCustody masterKeyCustody() {
    return ring()
        .<MasterKeyCustody>map(kek -> new JdbcMasterKeyCustody(dataSource, kek))
        .orElseGet(ShutCustody::new);
  }

  @Produces
  @ApplicationScoped
  KeyStore keyStore() {
    Optional<KekRing> ring = ring();
    if (ring.isEmpty()) {
      LOG.warning("No QGATE_KEK_FILE: the key vault is shut (ETSI GS QKD 014 answers 503)");
      return new ShutKeyStore();
    }
    LOG.info(() -> "Key vault wraps key material under KEK " + ring.get().currentKekId());
    warnUnlessGenericPlans();
    return new JdbcKeyStore(
        dataSource,
        decKeysDataSource,
        ring.get(),
        poolCapacityBits,
        Duration.ofMinutes(reservationMinutes));
  }

  private void warnUnlessGenericPlans() {
    try {
      if (!DecKeysDataSource.plansGenerically(decKeysDataSource)) {
        LOG.warning(
            "dec_keys' database sessions do not run with plan_cache_mode ="
                + " force_generic_plan (does a connection pooler drop the options startup"
                + " parameter?): dec_keys will cost PostgreSQL more CPU");
      }
    } catch (SQLException e) {
      LOG.fine(() -> "Cannot check dec_keys' plan_cache_mode yet: " + e.getMessage());
    }
  }
}
