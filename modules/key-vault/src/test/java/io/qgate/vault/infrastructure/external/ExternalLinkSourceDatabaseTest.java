package io.qgate.vault.infrastructure.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.devstack.TestDirectories;
import io.qgate.devstack.etsi.StandInKme;
import io.qgate.devstack.etsi.StandInKme.Behaviour;
import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyDerivation;
import io.qgate.vault.domain.KeyOrder;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkStatus;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.KekRing;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vault as an SAE of two stand-in KMEs (ETSI GS QKD 014 over mutual TLS), depositing into a
 * real PostgreSQL pool: keys land with the bytes both KMEs gave; anything else deposits nothing and
 * says why in the link's status.
 */
class ExternalLinkSourceDatabaseTest {

  private static final String LINK = "l-ext";
  private static final LinkPhysics PHYSICS =
      new LinkPhysics(LINK, "BB84_DECOY", 5, 0.1, 1e-6, 0.01, 1e9);
  private static TestPostgres postgres;
  private static Path pki;
  private static ClientCredentials master;
  private static ClientCredentials slave;

  private final List<StandInKme> kmes = new ArrayList<>();
  private JdbcKeyStore store;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("external");
    pki = TestDirectories.newDirectory("external-pki-").resolve("pki");
    DevPki devPki = DevPki.ensure(pki);
    master = devPki.demoClient("sae-grid-1");
    slave = devPki.demoClient("sae-core-1");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    String url = postgres.newDatabase();
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      sql.execute(
          "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at) VALUES"
              + " ('n-a', 0, 'A', 'CORE_KME', 'SHARED', 'a', now(), now()),"
              + " ('n-b', 0, 'B', 'EDGE_GATEWAY', 'UTILITY', 'b', now(), now())");
      sql.execute(
          "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
              + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-b', 'n-b', 'UTILITY', 'GRID', now())");
    }
    Path kek = TestDirectories.newDirectory("external-kek-").resolve("kek");
    store =
        new JdbcKeyStore(
            postgres.asApp(url),
            KekRing.load(Optional.of(kek)).orElseThrow(),
            1L << 20,
            Duration.ofHours(1));
  }

  @AfterEach
  void stopKmes() {
    kmes.forEach(StandInKme::stop);
  }

  @Test
  void pulledKeysLandInThePoolWithTheBytesBothKmesGave() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.CORRECT);
    ExternalLinkSource source = source(a, b, 16);

    LinkReport first = source.fill(PHYSICS, 1000);
    LinkReport second = source.fill(PHYSICS, 1000);

    assertThat(first.status()).isEqualTo(LinkStatus.RUNNING);
    assertThat(first.qber()).isNull();
    assertThat(first.secretBitsPerSecond()).isPositive();
    assertThat(second.status()).isEqualTo(LinkStatus.RUNNING);
    assertThat(store.level(LINK).storedBits()).isEqualTo(32 * 256);
    assertThat(a.encRequestsOf(16)).isEqualTo(2);
    assertThat(a.callers).containsOnlyKeys("CN=sae-grid-1");
    assertThat(b.callers).containsOnlyKeys("CN=sae-core-1");
    assertThat(b.calls("dec_keys")).isEqualTo(2);
    assertThat(poolBytes(32)).isEqualTo(base64(a.issued().values()));
  }

  @Test
  void theRequestIsBoundedByTheRoomTheKmeLimitAndItsStock() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.CORRECT);
    ExternalLinkSource source = source(a, b, 100);

    a.maxKeyPerRequest(10);
    source.fill(PHYSICS, 1000);
    LinkReport full = source.fill(PHYSICS, 3);
    a.storedKeyCount(2);
    source.fill(PHYSICS, 1000);

    assertThat(a.encRequestsOf(10)).isEqualTo(1);
    assertThat(a.encRequestsOf(3)).isEqualTo(1);
    assertThat(a.encRequestsOf(2)).isEqualTo(1);
    assertThat(full.status()).isEqualTo(LinkStatus.POOL_FULL);
    assertThat(store.level(LINK).storedBits()).isEqualTo(15 * 256);
  }

  @Test
  void aFullPoolAsksTheKmesNothing() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.CORRECT);

    LinkReport report = source(a, b, 16).fill(PHYSICS, 0);

    assertThat(report.status()).isEqualTo(LinkStatus.POOL_FULL);
    assertThat(a.callers).isEmpty();
    assertThat(b.callers).isEmpty();
  }

  @Test
  void aKmeWithoutKeyIsNoKeyAndNoEncKeysRequest() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.CORRECT);
    a.storedKeyCount(0);

    LinkReport report = source(a, b, 16).fill(PHYSICS, 1000);

    assertThat(report.status()).isEqualTo(LinkStatus.NO_KEY);
    assertThat(report.detail()).contains(a.url());
    assertThat(a.calls("status")).isEqualTo(1);
    assertThat(a.calls("enc_keys")).isZero();
  }

  @Test
  void otherBytesFromTheSlavesKmeDepositNothing() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.ALTERED_DEC);

    LinkReport report = source(a, b, 8).fill(PHYSICS, 1000);

    assertThat(report.status()).isEqualTo(LinkStatus.EXTERNAL_MISMATCH);
    assertThat(report.detail())
        .contains("disagree: 8 of 8 keys missing or with other bytes", "nothing deposited");
    assertThat(store.level(LINK).storedBits()).isZero();
    for (String key : base64(a.issued().values())) {
      assertThat(report.detail()).doesNotContain(key);
    }
  }

  @Test
  void duplicateKeyIdsFromTheMastersKmeDepositNothing() throws Exception {
    StandInKme a = kme(Behaviour.DUPLICATE_IDS);
    StandInKme b = peer(a, Behaviour.CORRECT);

    LinkReport report = source(a, b, 4).fill(PHYSICS, 1000);

    assertThat(report.status()).isEqualTo(LinkStatus.EXTERNAL_MISMATCH);
    assertThat(report.detail()).contains("twice in one enc_keys answer");
    assertThat(b.callers).isEmpty();
    assertThat(store.level(LINK).storedBits()).isZero();
  }

  @Test
  void a503WithAnErrorObjectIsUnavailableAndDepositsNothing() throws Exception {
    StandInKme a = kme(Behaviour.POOL_EMPTY);
    StandInKme b = peer(a, Behaviour.CORRECT);

    LinkReport report = source(a, b, 4).fill(PHYSICS, 1000);

    assertThat(report.status()).isEqualTo(LinkStatus.EXTERNAL_UNAVAILABLE);
    assertThat(report.detail())
        .isEqualTo(
            "KME "
                + a.url()
                + ", enc_keys for sae-core-1 as sae-grid-1 answered 503: the key pool of link l-1"
                + " holds too little key");
    assertThat(b.callers).isEmpty();
    assertThat(store.level(LINK).storedBits()).isZero();
  }

  @Test
  void a401FromEitherKmeIsRefusedAndDepositsNothing() throws Exception {
    StandInKme a = kme(Behaviour.UNAUTHORIZED);
    StandInKme b = peer(a, Behaviour.CORRECT);
    LinkReport masterRefused = source(a, b, 4).fill(PHYSICS, 1000);

    StandInKme c = kme(Behaviour.CORRECT);
    StandInKme d = peer(c, Behaviour.UNAUTHORIZED);
    LinkReport slaveRefused = source(c, d, 4).fill(PHYSICS, 1000);

    assertThat(masterRefused.status()).isEqualTo(LinkStatus.EXTERNAL_REFUSED);
    assertThat(masterRefused.detail())
        .isEqualTo(
            "KME "
                + a.url()
                + ", status for sae-core-1 as sae-grid-1 answered 401: SAE sae-grid-1 is not"
                + " registered with any KME");
    assertThat(slaveRefused.status()).isEqualTo(LinkStatus.EXTERNAL_REFUSED);
    assertThat(slaveRefused.detail()).contains(d.url() + ", dec_keys of sae-grid-1 as sae-core-1");
    assertThat(c.calls("enc_keys")).isEqualTo(1);
    assertThat(store.level(LINK).storedBits()).isZero();
  }

  @Test
  void aKmeThatIsDownOrFromAnotherCaIsUnavailable() throws Exception {
    StandInKme a = kme(Behaviour.CORRECT);
    StandInKme b = peer(a, Behaviour.CORRECT);
    ExternalLinkSource source = source(a, b, 4);
    a.stop();
    LinkReport down = source.fill(PHYSICS, 1000);

    Path otherPki = TestDirectories.newDirectory("other-pki-").resolve("pki");
    StandInKme stranger = StandInKme.start(otherPki, Behaviour.CORRECT);
    kmes.add(stranger);
    LinkReport untrusted = source(stranger, stranger, 4).fill(PHYSICS, 1000);

    assertThat(down.status()).isEqualTo(LinkStatus.EXTERNAL_UNAVAILABLE);
    assertThat(down.detail()).endsWith("as sae-grid-1: connection refused");
    assertThat(untrusted.status()).isEqualTo(LinkStatus.EXTERNAL_UNAVAILABLE);
    assertThat(untrusted.detail()).contains("TLS failed");
    assertThat(stranger.callers).isEmpty();
    assertThat(store.level(LINK).storedBits()).isZero();
  }

  private StandInKme kme(Behaviour behaviour) throws Exception {
    StandInKme kme = StandInKme.start(pki, behaviour);
    kmes.add(kme);
    return kme;
  }

  private StandInKme peer(StandInKme of, Behaviour behaviour) throws Exception {
    StandInKme kme = of.peer(behaviour);
    kmes.add(kme);
    return kme;
  }

  /** A source configured the way operators do it: through the external-KMEs file. */
  private ExternalLinkSource source(StandInKme a, StandInKme b, int batch) throws Exception {
    Path file = Files.createTempFile(TestDirectories.newDirectory("kmes-"), "kmes-", ".json");
    Files.writeString(
        file,
        Json.createObjectBuilder(
                Map.of(
                    "links",
                    List.of(
                        Map.of(
                            "linkId",
                            LINK,
                            "batch",
                            batch,
                            "master",
                            endpoint(a, master),
                            "slave",
                            endpoint(b, slave)))))
            .build()
            .toString());
    ExternalKmesConfig config =
        ExternalKmesFile.read(file, Map.of("KME_PASSWORD", DevPki.STORE_PASSWORD)::get);
    assertThat(config.problems()).isEmpty();
    return new ExternalLinkSource(config.links().get(0), store);
  }

  private static Map<String, Object> endpoint(StandInKme kme, ClientCredentials sae) {
    return Map.of(
        "url", kme.url(),
        "saeId", sae.saeId(),
        "keyStore", sae.keyStore().toString(),
        "keyStorePasswordEnv", "KME_PASSWORD",
        "trustPem", sae.caCertificate().toString());
  }

  /** Takes {@code blocks} 256-bit keys from the pool: the bytes it holds. */
  private Set<String> poolBytes(int blocks) {
    List<IssuedKey> keys =
        store.reserve(
            LINK,
            "sae-a",
            List.of("sae-b"),
            new KeyOrder(blocks, 256, KeyClass.QKD),
            KeyDerivation.AS_DISTILLED);
    assertThat(store.level(LINK).storedBits()).isZero();
    return base64(keys.stream().map(IssuedKey::material).toList());
  }

  private static Set<String> base64(java.util.Collection<byte[]> keys) {
    return keys.stream().map(Base64.getEncoder()::encodeToString).collect(Collectors.toSet());
  }
}
