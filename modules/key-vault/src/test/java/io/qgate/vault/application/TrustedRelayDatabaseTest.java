package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.network.domain.Channel;
import io.qgate.network.domain.ChannelKind;
import io.qgate.network.domain.Link;
import io.qgate.network.domain.LinkComponents;
import io.qgate.network.domain.LinkDesign;
import io.qgate.network.domain.LinkRepository;
import io.qgate.network.domain.QkdProtocol;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.vault.application.KeyLifecycleFixture.RecordingEvents;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyMetadata.Hop;
import io.qgate.vault.domain.KeyRequest;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import io.qgate.vault.infrastructure.JdbcKeyStore;
import io.qgate.vault.infrastructure.KekRing;
import io.qgate.vault.infrastructure.TwoNodeVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ETSI enc_keys/dec_keys between SAEs whose KMEs share no link, through {@link EtsiKeyService} on a
 * real PostgreSQL: n-a and n-d are joined by two relays, n-r1 and n-r2; n-e is joined to nothing.
 * The key is relayed over the better path, around a compromised or dry link, each hop decided by
 * the network policy, the path in the audit trail and the key's metadata.
 */
class TrustedRelayDatabaseTest {

  private static final String[][] LINKS = {
    {"l-ar1", "n-a", "n-r1"},
    {"l-r1d", "n-r1", "n-d"},
    {"l-ar2", "n-a", "n-r2"},
    {"l-r2d", "n-r2", "n-d"}
  };

  private static TestPostgres postgres;
  private static Path kekFile;

  private JdbcKeyStore store;
  private final Map<String, String> compromised = new ConcurrentHashMap<>();
  private final Map<String, Double> qbers = new ConcurrentHashMap<>();
  private final List<PolicyQuestion> questions = new CopyOnWriteArrayList<>();
  private final List<AuditEvent> trail = new CopyOnWriteArrayList<>();
  private KmeDirectory directory;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start("vault-trusted-relay");
    kekFile = Files.createTempDirectory("qgate-kek").resolve("kek");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @BeforeEach
  void database() throws Exception {
    String url = postgres.newDatabase();
    StringBuilder links = new StringBuilder();
    for (String[] l : LINKS) {
      links.append(links.isEmpty() ? "" : ",").append("('").append(l[0]).append("', 0, '");
      links.append(l[1]).append("', '").append(l[2]).append("', 'BB84_DECOY', 'FIBRE', 25, 0.2,");
      links.append(" 0.1, 1e-6, 0.01, 1e9, 0.11, now(), now())");
    }
    try (Connection owner = postgres.connectAsOwner(url);
        Statement sql = owner.createStatement()) {
      sql.execute(
          "INSERT INTO network_node (id, version, name, role, tenant, site, created_at, updated_at)"
              + " SELECT n, 0, n, 'CORE_KME', 'SHARED', n, now(), now()"
              + " FROM unnest(ARRAY['n-a', 'n-r1', 'n-r2', 'n-d', 'n-e']) AS n");
      sql.execute(
          "INSERT INTO network_link (id, version, endpoint_a, endpoint_b, protocol, channel_kind,"
              + " length_km, loss_db_per_km, detector_efficiency, dark_count_probability,"
              + " misalignment, repetition_rate_hz, qber_alarm_threshold, created_at, updated_at)"
              + " VALUES "
              + links);
      sql.execute(
          "INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at) VALUES"
              + " ('sae-a', 'n-a', 'SHARED', 'NETWORK', now()), ('sae-d', 'n-d', 'UTILITY', 'GRID', now()),"
              + " ('sae-r1', 'n-r1', 'SHARED', 'NETWORK', now()), ('sae-e', 'n-e', 'SHARED', 'NETWORK', now())");
    }
    KekRing ring = KekRing.load(Optional.of(kekFile)).orElseThrow();
    store = new JdbcKeyStore(postgres.asApp(url), ring, 1L << 24, Duration.ofHours(1));
    directory = new KmeDirectory();
    directory.saes = new Saes();
    directory.links = new Links();
  }

  @Test
  void aKeyForADistantSaeIsRelayedOverThePathWithMoreKeyAndBothEndsHoldIt() {
    deposit("l-ar1", 20);
    deposit("l-r1d", 20);
    deposit("l-ar2", 100);
    deposit("l-r2d", 100);
    qbers.put("l-ar2", 0.01);
    qbers.put("l-r2d", 0.04);

    var status = service().status("sae-a", "sae-d");
    assertThat(status.targetKmeId()).isEqualTo("n-d");
    assertThat(status.storedKeyCount()).isEqualTo(100);

    List<IssuedKey> keys = service().encKeys("sae-a", "sae-d", KeyRequest.of(2, 256, List.of()));

    assertThat(store.find(keys.get(0).keyId()).orElseThrow().relayPath())
        .containsExactly(
            new Hop("l-ar2", "n-a", "n-r2", 256), new Hop("l-r2d", "n-r2", "n-d", 256));
    assertThat(store.level("l-ar2").storedBits()).isEqualTo(98 * 256);
    assertThat(store.level("l-r2d").storedBits()).isEqualTo(98 * 256);
    assertThat(store.level("l-ar1").storedBits()).isEqualTo(20 * 256);
    assertThat(questions)
        .filteredOn(LinkUse.class::isInstance)
        .extracting(q -> ((LinkUse) q).linkId())
        .containsExactly("l-ar2", "l-r2d");
    assertThat(issuance(0).subject()).contains("relayed over n-a -[l-ar2]-> n-r2 -[l-r2d]-> n-d");
    assertThat(issuance(0).sourceLinkQber()).isEqualTo(0.04);
    AuditEvent relayed =
        trail.stream()
            .filter(e -> e.type() == AuditEventType.KEY_RELAYED)
            .findFirst()
            .orElseThrow();
    assertThat(relayed.subject())
        .isEqualTo("2 keys relayed over n-a -[l-ar2]-> n-r2 -[l-r2d]-> n-d");
    assertThat(relayed.details())
        .contains("\"bitsConsumed\":512", "\"link\":\"l-ar2\"", "\"link\":\"l-r2d\"");

    List<IssuedKey> fetched =
        service().decKeys("sae-d", "sae-a", keys.stream().map(IssuedKey::keyId).toList());
    assertThat(fetched.get(0).material()).isEqualTo(keys.get(0).material());
    assertThat(fetched.get(1).material()).isEqualTo(keys.get(1).material());
    assertThat(issuance(1).actor()).isEqualTo("sae-d");
    assertThat(issuance(1).sourceLinkQber()).isEqualTo(0.04); // the worst hop
  }

  @Test
  void aCompromisedLinkIsRoutedAroundAndPathsOnlyOverCompromisedLinksAnswer503NamingThem() {
    for (String[] link : LINKS) {
      deposit(link[0], 10);
    }
    deposit("l-ar2", 90);
    deposit("l-r2d", 90);
    compromised.put("l-ar2", "QBER 0.25 above 0.11");

    IssuedKey key = service().encKeys("sae-a", "sae-d", KeyRequest.of(1, 256, List.of())).get(0);

    assertThat(store.find(key.keyId()).orElseThrow().relayPath())
        .extracting(Hop::linkId)
        .containsExactly("l-ar1", "l-r1d");
    compromised.put("l-r1d", "no Bell violation");
    assertThatThrownBy(() -> service().encKeys("sae-a", "sae-d", KeyRequest.of(1, 256, List.of())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("QKD link l-ar2 is compromised (QBER 0.25 above 0.11)")
        .hasMessageContaining("QKD link l-r1d is compromised (no Bell violation)")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));
  }

  @Test
  void aDirectLinkThatRanDryOrIsCompromisedIsRoutedAround() {
    deposit("l-ar2", 10);
    deposit("l-r2d", 10);
    deposit("l-r1d", 10);

    // sae-a and sae-r1 share the direct link l-ar1, whose pool is empty: a -r2- d -r1.
    IssuedKey dry = service().encKeys("sae-a", "sae-r1", KeyRequest.of(1, 256, List.of())).get(0);
    assertThat(store.find(dry.keyId()).orElseThrow().relayPath())
        .extracting(Hop::linkId)
        .containsExactly("l-ar2", "l-r2d", "l-r1d");

    deposit("l-ar1", 10);
    compromised.put("l-ar1", "PNS");
    IssuedKey around =
        service().encKeys("sae-a", "sae-r1", KeyRequest.of(1, 256, List.of())).get(0);
    assertThat(store.find(around.keyId()).orElseThrow().relayPath()).hasSize(3);

    compromised.clear();
    IssuedKey direct =
        service().encKeys("sae-a", "sae-r1", KeyRequest.of(1, 256, List.of())).get(0);
    var metadata = store.find(direct.keyId()).orElseThrow();
    assertThat(metadata.linkId()).isEqualTo("l-ar1");
    assertThat(metadata.relayPath()).isEmpty();
  }

  @Test
  void dryPathsAnswer503TakingNothingAndNoPathAnswers400() {
    deposit("l-ar1", 10);
    deposit("l-ar2", 10);
    deposit("l-r2d", 1);

    assertThatThrownBy(() -> service().encKeys("sae-a", "sae-d", KeyRequest.of(2, 256, List.of())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("no QKD path from n-a to n-d has 512 bits of key on every hop")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(503));
    assertThat(store.level("l-ar1").storedBits()).isEqualTo(10 * 256);
    assertThat(store.level("l-ar2").storedBits()).isEqualTo(10 * 256);

    assertThatThrownBy(() -> service().encKeys("sae-a", "sae-e", KeyRequest.of(1, 256, List.of())))
        .isInstanceOf(EtsiException.class)
        .hasMessage("no QKD path joins the KMEs of sae-a (n-a) and sae-e (n-e)")
        .satisfies(e -> assertThat(((EtsiException) e).status()).isEqualTo(400));
  }

  private KeyIssuance issuance(int index) {
    return questions.stream()
        .filter(KeyIssuance.class::isInstance)
        .map(KeyIssuance.class::cast)
        .toList()
        .get(index);
  }

  /** Fresh routing each time, so the pool levels it reads are never a second old. */
  private EtsiKeyService service() {
    LinkStates states =
        new LinkStates() {
          @Override
          public Optional<Double> qber(String linkId) {
            return Optional.ofNullable(qbers.get(linkId));
          }

          @Override
          public Optional<String> compromise(String linkId) {
            return Optional.ofNullable(compromised.get(linkId));
          }
        };
    RecordingPolicy policies = new RecordingPolicy();
    Trail audit = new Trail();
    KeyRouting routing = new KeyRouting();
    routing.directory = directory;
    routing.linkStates = states;
    routing.store = store;
    RelayRecords relays = new RelayRecords();
    relays.policies = policies;
    relays.linkStates = states;
    relays.auditTrail = audit;
    KeyClassIssuer issuer = new KeyClassIssuer();
    issuer.store = store;
    EtsiKeyService service = new EtsiKeyService();
    service.directory = directory;
    service.store = store;
    service.issuer = issuer;
    service.routing = routing;
    service.linkStates = states;
    service.policies = policies;
    service.auditTrail = audit;
    service.events = new RecordingEvents();
    service.relays = relays;
    return service;
  }

  private void deposit(String link, int blocks) {
    TwoNodeVault.deposit(store, link, blocks);
  }

  private final class RecordingPolicy extends PolicyEnforcement {
    @Override
    public Decision enforce(PolicyQuestion question) {
      questions.add(question);
      return null;
    }

    @Override
    public KeyClass keyClassFor(
        PolicyScope scope, Optional<KeyClass> required, Optional<KeyClass> preferred) {
      return KeyClass.QKD;
    }

    @Override
    public Optional<KeyClass> fallbackForEmptyPool(
        PolicyScope scope, KeyClass chosen, Optional<KeyClass> required) {
      return Optional.empty();
    }
  }

  private final class Trail extends AuditTrail {
    @Override
    public AuditRecord record(AuditEvent event) {
      trail.add(event);
      return null;
    }

    @Override
    public void recordAfterTheFact(AuditEvent event) {
      trail.add(event);
    }
  }

  private static final class Saes implements SaeRepository {
    private final Map<String, Sae> saes =
        Map.of(
            "sae-a", new Sae("sae-a", "n-a", Tenant.SHARED, PolicyDomain.NETWORK),
            "sae-d", new Sae("sae-d", "n-d", Tenant.UTILITY, PolicyDomain.GRID),
            "sae-r1", new Sae("sae-r1", "n-r1", Tenant.SHARED, PolicyDomain.NETWORK),
            "sae-e", new Sae("sae-e", "n-e", Tenant.SHARED, PolicyDomain.NETWORK));

    @Override
    public Optional<Sae> find(String saeId) {
      return Optional.ofNullable(saes.get(saeId));
    }

    @Override
    public List<Sae> all() {
      return List.copyOf(saes.values());
    }

    @Override
    public void add(Sae sae) {}
  }

  /** The same links the database holds, as the network registry would give them. */
  private static final class Links implements LinkRepository {
    private final List<Link> links = new ArrayList<>();

    Links() {
      for (String[] l : LINKS) {
        links.add(
            new Link(
                l[0],
                new LinkDesign(
                    l[1],
                    l[2],
                    QkdProtocol.BB84_DECOY,
                    Channel.of(ChannelKind.FIBRE, 25.0, 0.2, null),
                    new LinkComponents(0.1, 1e-6, 0.01, 1e9),
                    0.11)));
      }
    }

    @Override
    public Optional<Link> findBetween(String nodeA, String nodeB, String exceptId) {
      return links.stream().filter(l -> l.touches(nodeA) && l.touches(nodeB)).findFirst();
    }

    @Override
    public Page<Link> list(String nodeId, TenantScope scope, PageRequest page) {
      return Page.of(links, page, links.size());
    }

    @Override
    public Optional<Link> find(String id) {
      return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public boolean exists(String id) {
      return find(id).isPresent();
    }

    @Override
    public boolean anyTouching(String nodeId) {
      return links.stream().anyMatch(l -> l.touches(nodeId));
    }

    @Override
    public List<String> ids(TenantScope scope) {
      return links.stream().map(Link::id).sorted().toList();
    }

    @Override
    public void add(Link link) {}

    @Override
    public void remove(Link link) {}
  }
}
