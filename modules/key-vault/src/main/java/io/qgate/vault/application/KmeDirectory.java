package io.qgate.vault.application;

import io.qgate.network.domain.Link;
import io.qgate.network.domain.LinkRepository;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.application.CacheInvalidation.CacheEpochChanged;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.SaeRepository;
import io.qgate.vault.domain.relay.LinkEdge;
import io.qgate.vault.domain.relay.NetworkGraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which SAEs exist, which link joins two KMEs and the graph of all links (for trusted-relay
 * routing), as ETSI requests ask: kept in memory, since both change rarely and each request would
 * otherwise cost three database round trips. Triggers on {@code vault_sae}, {@code network_node}
 * and {@code network_link} bump the {@value #EPOCH} counter in {@code cache_epoch}; every instance
 * drops this cache within a poll interval of any change.
 */
@ApplicationScoped
public class KmeDirectory {

  static final String EPOCH = "kme";

  @Inject SaeRepository saes;
  @Inject LinkRepository links;

  private final Map<String, Sae> saesById = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> linkIdsByPair = new ConcurrentHashMap<>();
  private final AtomicLong generations = new AtomicLong();
  private volatile NetworkGraph graph;

  /**
   * A registered SAE; an unknown id is asked of the database each time, so a new SAE works at once.
   */
  public Optional<Sae> sae(String saeId) {
    Sae cached = saesById.get(saeId);
    if (cached != null) {
      return Optional.of(cached);
    }
    long generation = generations.get();
    Optional<Sae> found = saes.find(saeId);
    found.ifPresent(sae -> remember(saesById, saeId, sae, generation));
    return found;
  }

  /** The id of the link between two nodes, if one is registered. */
  public Optional<String> linkBetween(String nodeA, String nodeB) {
    String pair = nodeA.compareTo(nodeB) < 0 ? nodeA + '\n' + nodeB : nodeB + '\n' + nodeA;
    Optional<String> cached = linkIdsByPair.get(pair);
    if (cached != null) {
      return cached;
    }
    long generation = generations.get();
    Optional<String> found = links.findBetween(nodeA, nodeB, "").map(Link::id);
    remember(linkIdsByPair, pair, found, generation);
    return found;
  }

  /** Every registered link, for routing keys between KMEs that share none (trusted relay). */
  public NetworkGraph graph() {
    NetworkGraph cached = graph;
    if (cached != null) {
      return cached;
    }
    long generation = generations.get();
    List<LinkEdge> edges = new ArrayList<>();
    Page<Link> page;
    int number = 0;
    do {
      page = links.list(null, TenantScope.ALL, new PageRequest(number++, PageRequest.MAX_SIZE));
      page.items().forEach(l -> edges.add(new LinkEdge(l.id(), l.endpointA(), l.endpointB())));
    } while (number < page.totalPages());
    NetworkGraph read = new NetworkGraph(edges);
    graph = read;
    if (generations.get() != generation) {
      graph = null; // a change arrived meanwhile: what was read may predate it
    }
    return read;
  }

  /** Keeps what was read unless a change arrived meanwhile: the value may predate it. */
  private <V> void remember(Map<String, V> cache, String key, V value, long readInGeneration) {
    cache.put(key, value);
    if (generations.get() != readInGeneration) {
      cache.remove(key);
    }
  }

  void onChange(@Observes CacheEpochChanged changed) {
    if (changed.name().equals(EPOCH)) {
      forget();
    }
  }

  /** Drops everything; the next requests read the registries again. */
  public void forget() {
    generations.incrementAndGet();
    saesById.clear();
    linkIdsByPair.clear();
    graph = null;
  }
}
