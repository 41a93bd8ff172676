package io.qgate.vault.application;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.qgate.policy.application.CacheInvalidation.CacheEpochChanged;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KmeDirectoryTest {

  private final Map<String, Sae> saeRows = new HashMap<>();
  private final List<Link> linkRows = new ArrayList<>();
  private final AtomicInteger saeQueries = new AtomicInteger();
  private final AtomicInteger linkQueries = new AtomicInteger();
  private final KmeDirectory directory = new KmeDirectory();

  @BeforeEach
  void wire() {
    directory.saes = new CountingSaes();
    directory.links = new CountingLinks();
    saeRows.put("sae-a", new Sae("sae-a", "node-a", Tenant.UTILITY, PolicyDomain.GRID));
    linkRows.add(link("link-ab", "node-a", "node-b"));
  }

  @Test
  void aKnownSaeIsReadOnce() {
    assertThat(directory.sae("sae-a")).map(Sae::nodeId).contains("node-a");
    assertThat(directory.sae("sae-a")).isPresent();

    assertThat(saeQueries).hasValue(1);
  }

  @Test
  void anUnknownSaeIsAskedAgainSoANewRegistrationWorksAtOnce() {
    assertThat(directory.sae("sae-new")).isEmpty();
    saeRows.put("sae-new", new Sae("sae-new", "node-b", Tenant.SHARED, PolicyDomain.NETWORK));

    assertThat(directory.sae("sae-new")).isPresent();
    assertThat(saeQueries).hasValue(2);
  }

  @Test
  void theLinkOfAPairIsReadOnceInEitherDirection() {
    assertThat(directory.linkBetween("node-a", "node-b")).contains("link-ab");
    assertThat(directory.linkBetween("node-b", "node-a")).contains("link-ab");
    assertThat(directory.linkBetween("node-a", "node-c")).isEmpty();
    assertThat(directory.linkBetween("node-c", "node-a")).isEmpty();

    assertThat(linkQueries).hasValue(2);
  }

  @Test
  void theVaultsEpochDropsEverythingAndOtherEpochsDoNot() {
    directory.sae("sae-a");
    directory.linkBetween("node-a", "node-c");
    linkRows.add(link("link-ac", "node-a", "node-c"));
    saeRows.remove("sae-a");

    directory.onChange(new CacheEpochChanged("policy"));
    assertThat(directory.sae("sae-a")).isPresent();
    assertThat(directory.linkBetween("node-a", "node-c")).isEmpty();

    directory.onChange(new CacheEpochChanged(KmeDirectory.EPOCH));
    assertThat(directory.sae("sae-a")).isEmpty();
    assertThat(directory.linkBetween("node-a", "node-c")).contains("link-ac");
  }

  @Test
  void theGraphOfLinksIsReadOnceUntilTheVaultsEpochChanges() {
    assertThat(directory.graph().edgesAt("node-a")).extracting(e -> e.linkId()).contains("link-ab");
    directory.graph();
    assertThat(linkQueries).hasValue(1);

    linkRows.add(link("link-bc", "node-b", "node-c"));
    directory.onChange(new CacheEpochChanged(KmeDirectory.EPOCH));
    assertThat(directory.graph().edgesAt("node-c")).extracting(e -> e.linkId()).contains("link-bc");
    assertThat(linkQueries).hasValue(2);
  }

  @Test
  void aValueReadBeforeAChangeIsNotKept() {
    // The change arrives while the registry is being read: what was read may predate it.
    directory.saes =
        new CountingSaes() {
          @Override
          public Optional<Sae> find(String saeId) {
            Optional<Sae> before = super.find(saeId);
            directory.forget();
            return before;
          }
        };

    assertThat(directory.sae("sae-a")).isPresent();
    directory.saes = new CountingSaes();
    directory.sae("sae-a");

    assertThat(saeQueries).hasValue(2);
  }

  private static Link link(String id, String a, String b) {
    return new Link(
        id,
        new LinkDesign(
            a,
            b,
            QkdProtocol.BB84_DECOY,
            Channel.of(ChannelKind.FIBRE, 25.0, 0.2, null),
            new LinkComponents(0.1, 1e-6, 0.01, 1e9),
            0.11));
  }

  private class CountingSaes implements SaeRepository {
    @Override
    public Optional<Sae> find(String saeId) {
      saeQueries.incrementAndGet();
      return Optional.ofNullable(saeRows.get(saeId));
    }

    @Override
    public List<Sae> all() {
      return List.copyOf(saeRows.values());
    }

    @Override
    public void add(Sae sae) {
      saeRows.put(sae.id(), sae);
    }
  }

  private class CountingLinks implements LinkRepository {
    @Override
    public Optional<Link> findBetween(String nodeA, String nodeB, String exceptId) {
      linkQueries.incrementAndGet();
      return linkRows.stream()
          .filter(
              l ->
                  (l.endpointA().equals(nodeA) && l.endpointB().equals(nodeB))
                      || (l.endpointA().equals(nodeB) && l.endpointB().equals(nodeA)))
          .findFirst();
    }

    @Override
    public Optional<Link> find(String id) {
      return Optional.empty();
    }

    @Override
    public boolean exists(String id) {
      return false;
    }

    @Override
    public boolean anyTouching(String nodeId) {
      return false;
    }

    @Override
    public Page<Link> list(String nodeId, TenantScope scope, PageRequest page) {
      linkQueries.incrementAndGet();
      return Page.of(linkRows, page, linkRows.size());
    }

    @Override
    public List<String> ids(TenantScope scope) {
      return linkRows.stream().map(Link::id).sorted().toList();
    }

    @Override
    public void add(Link link) {}

    @Override
    public void remove(Link link) {}
  }
}
