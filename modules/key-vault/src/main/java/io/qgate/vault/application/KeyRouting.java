package io.qgate.vault.application;

import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkStates;
import io.qgate.vault.domain.NoUsablePathException;
import io.qgate.vault.domain.PoolLevel;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.relay.LinkCondition;
import io.qgate.vault.domain.relay.RelayPath;
import io.qgate.vault.domain.relay.RelayRouter;
import io.qgate.vault.domain.relay.RelayRouter.Found;
import io.qgate.vault.domain.relay.RelayRouter.NoRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which links a key between two KMEs crosses. A registered, usable direct link is taken as it is,
 * with no query beyond today's (the ETSI hot path); otherwise {@link RelayRouter} routes over the
 * network graph ({@link KmeDirectory#graph}) by link health and pool levels (read at most once a
 * second: a stale level only steers the choice, the reservation itself is exact).
 */
@ApplicationScoped
public class KeyRouting {

  private static final long FRESH_NANOS = 1_000_000_000L;

  @Inject KmeDirectory directory;
  @Inject LinkStates linkStates;
  @Inject KeyStore store;

  private record Levels(Map<String, Long> bits, long readAt) {}

  private volatile Levels levels;

  /**
   * The direct link if it is registered and usable, else the best route for {@code bitsNeeded}.
   *
   * @throws EtsiException 400 if no path of links joins the KMEs; 503 naming the compromised links
   *     if every path crosses one; {@link PoolTooSmallException} if every usable path has a pool
   *     holding less than {@code bitsNeeded}
   */
  public RelayPath pathFor(Sae master, Sae slave, long bitsNeeded) {
    Optional<String> direct = directLink(master, slave);
    if (direct.isPresent() && linkStates.usable(direct.get())) {
      return RelayPath.direct(direct.get(), master.nodeId(), slave.nodeId());
    }
    return routed(master, slave, bitsNeeded);
  }

  /** For ETSI status: the direct link if registered (whatever its state), else the best route. */
  public RelayPath pathForStatus(Sae master, Sae slave) {
    return directLink(master, slave)
        .map(link -> RelayPath.direct(link, master.nodeId(), slave.nodeId()))
        .orElseGet(() -> routed(master, slave, 0));
  }

  /** The best route over the whole graph, by health and pool levels (see {@link #pathFor}). */
  public RelayPath routed(Sae master, Sae slave, long bitsNeeded) {
    if (route(master, slave, bitsNeeded) instanceof Found found) {
      return found.path();
    }
    var usable = route(master, slave, 0);
    if (usable instanceof Found found) {
      throw new PoolTooSmallException(
          "no QKD path from "
              + master.nodeId()
              + " to "
              + slave.nodeId()
              + " has "
              + bitsNeeded
              + " bits of key on every hop (the best usable one, "
              + found.path()
              + ", does not); retry when the pools have filled");
    }
    NoRoute none = (NoRoute) usable;
    if (!none.connected()) {
      throw EtsiException.badRequest("no QKD path joins the KMEs of " + pair(master, slave));
    }
    throw new NoUsablePathException(
        "no usable QKD path joins the KMEs of "
            + pair(master, slave)
            + ": "
            + none.blockingLinks().stream()
                .map(l -> "QKD link " + l + " is compromised (" + why(l) + ")")
                .collect(Collectors.joining("; "))
            + "; no key is issued from a compromised link until an operator clears it");
  }

  /**
   * Key the path can deliver now: the least any of its hops' pools holds (a second old at most).
   */
  public long storedBits(RelayPath path) {
    Map<String, Long> bits = levels();
    return path.linkIds().stream().mapToLong(l -> bits.getOrDefault(l, 0L)).min().orElse(0);
  }

  private RelayRouter.Route route(Sae master, Sae slave, long bitsNeeded) {
    Map<String, Long> bits = levels();
    Function<String, LinkCondition> condition =
        link ->
            new LinkCondition(
                linkStates.usable(link),
                bits.getOrDefault(link, 0L),
                linkStates.qber(link).orElse(0.0));
    try {
      return RelayRouter.route(
          directory.graph(), master.nodeId(), slave.nodeId(), bitsNeeded, condition);
    } catch (PersistenceException e) {
      throw EtsiException.unavailable("the network registry is unavailable; retry later");
    }
  }

  private Map<String, Long> levels() {
    Levels known = levels;
    long now = System.nanoTime();
    if (known == null || now - known.readAt() > FRESH_NANOS) {
      known =
          new Levels(
              store.levels().stream()
                  .collect(Collectors.toMap(PoolLevel::linkId, PoolLevel::storedBits)),
              now);
      levels = known;
    }
    return known.bits();
  }

  private Optional<String> directLink(Sae a, Sae b) {
    if (a.nodeId().equals(b.nodeId())) {
      throw EtsiException.badRequest(
          "SAEs "
              + a.id()
              + " and "
              + b.id()
              + " share the KME of node "
              + a.nodeId()
              + "; keys come from a QKD link between two KMEs");
    }
    try {
      return directory.linkBetween(a.nodeId(), b.nodeId());
    } catch (PersistenceException e) {
      throw EtsiException.unavailable("the network registry is unavailable; retry later");
    }
  }

  private String why(String link) {
    return linkStates.compromise(link).orElse("marked compromised");
  }

  private static String pair(Sae a, Sae b) {
    return a.id() + " (" + a.nodeId() + ") and " + b.id() + " (" + b.nodeId() + ")";
  }
}
