package io.qgate.policy.application;

import io.qgate.certification.domain.DeviceRepository;
import io.qgate.certification.domain.DeviceStanding;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.DecisionRules;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyRepository;
import io.qgate.policy.domain.PolicyRevision;
import io.qgate.policy.domain.PolicyScope;
import io.qgate.policy.domain.PolicySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides policy questions from memory: policies and device standings are cached until a change
 * anywhere in the cluster drops them ({@link CacheInvalidation}), so a decision costs a map lookup
 * and the rules, not a database round trip.
 */
@ApplicationScoped
public class PolicyDecisionPoint {

  private final Map<PolicyScope, Optional<PolicySnapshot>> policies = new ConcurrentHashMap<>();
  private final Map<String, Optional<DeviceStanding>> devices = new ConcurrentHashMap<>();

  private PolicyRepository policyRepository;
  private DeviceRepository deviceRepository;
  private Clock clock;

  protected PolicyDecisionPoint() {}

  @Inject
  public PolicyDecisionPoint(PolicyRepository policyRepository, DeviceRepository deviceRepository) {
    this(policyRepository, deviceRepository, Clock.systemUTC());
  }

  public PolicyDecisionPoint(
      PolicyRepository policyRepository, DeviceRepository deviceRepository, Clock clock) {
    this.policyRepository = policyRepository;
    this.deviceRepository = deviceRepository;
    this.clock = clock;
  }

  public Decision decide(PolicyQuestion question) {
    Optional<DeviceStanding> device = question.device().flatMap(this::standing);
    return DecisionRules.decide(question, policy(question.scope()), device, clock.instant());
  }

  /** The policy in force for a scope, from the cache. */
  public Optional<PolicySnapshot> policy(PolicyScope scope) {
    return policies.computeIfAbsent(
        scope, s -> policyRepository.current(s).map(PolicyRevision::snapshot));
  }

  private Optional<DeviceStanding> standing(String deviceId) {
    return devices.computeIfAbsent(
        deviceId, id -> deviceRepository.find(id).map(d -> d.standing()));
  }

  public void forgetPolicies() {
    policies.clear();
  }

  public void forgetDevices() {
    devices.clear();
  }
}
