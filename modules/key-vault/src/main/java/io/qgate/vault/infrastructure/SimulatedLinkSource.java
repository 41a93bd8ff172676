package io.qgate.vault.infrastructure;

import io.qgate.platform.domain.Tenant;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion.LinkUse;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkSource;
import io.qgate.vault.domain.LinkStatus;
import io.qgate.vault.domain.monitoring.LinkAttack;
import io.qgate.vault.domain.monitoring.LinkObservation;
import io.qgate.vault.domain.monitoring.LinkObserver;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A link simulated by the QKD engine: each tick deposits the key the engine's physics gives for
 * that time — times the demo acceleration — as fresh random blocks standing in for distilled key,
 * unless the network policy forbids the link's QBER.
 */
final class SimulatedLinkSource implements LinkSource {

  private static final PolicyScope NETWORK = new PolicyScope(Tenant.SHARED, PolicyDomain.NETWORK);

  private final KeyStore store;
  private final PolicyEnforcement policies;
  private final double secondsPerTick;
  private final Map<String, Double> carryBits = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** {@code secondsPerTick}: simulated seconds per tick (tick length times the acceleration). */
  SimulatedLinkSource(KeyStore store, PolicyEnforcement policies, double secondsPerTick) {
    this.store = store;
    this.policies = policies;
    this.secondsPerTick = secondsPerTick;
  }

  @Override
  public Optional<LinkObservation> observe(LinkPhysics link, Optional<LinkAttack> attack) {
    return LinkObserver.observe(link, attack);
  }

  @Override
  public LinkReport fill(LinkPhysics link, long roomBlocks) {
    return observe(link, Optional.empty())
        .map(seen -> fill(link, seen, roomBlocks))
        .orElse(LinkReport.of(LinkStatus.NO_KEY, null, 0));
  }

  @Override
  public LinkReport fill(LinkPhysics link, LinkObservation seen, long roomBlocks) {
    if (seen.secretBitsPerSecond() <= 0) {
      return LinkReport.of(LinkStatus.NO_KEY, seen.qber(), 0);
    }
    double qber = seen.qber();
    double rate = seen.secretBitsPerSecond();
    var decision = policies.evaluate(new LinkUse(NETWORK, "link-runner", link.linkId(), qber));
    if (!decision.allowed()) {
      return LinkReport.of(LinkStatus.DENIED, qber, rate);
    }
    double bits = carryBits.getOrDefault(link.linkId(), 0.0) + rate * secondsPerTick;
    long blocks = Math.min((long) (bits / EtsiLimits.BLOCK_BITS), roomBlocks);
    carryBits.put(
        link.linkId(), blocks == roomBlocks ? 0.0 : bits - blocks * EtsiLimits.BLOCK_BITS);
    if (blocks > 0) {
      List<byte[]> material = new ArrayList<>((int) blocks);
      for (long i = 0; i < blocks; i++) {
        byte[] block = new byte[EtsiLimits.BLOCK_BITS / 8];
        random.nextBytes(block); // stands in for the distilled key of this tick
        material.add(block);
      }
      store.deposit(link.linkId(), qber, material);
      material.forEach(b -> Arrays.fill(b, (byte) 0));
    }
    return LinkReport.of(roomBlocks == 0 ? LinkStatus.POOL_FULL : LinkStatus.RUNNING, qber, rate);
  }
}
