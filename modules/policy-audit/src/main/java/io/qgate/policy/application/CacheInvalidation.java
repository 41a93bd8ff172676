package io.qgate.policy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drops cached decisions' inputs when they change: at once after a local change commits, and within
 * a poll interval when another instance (or SQL) changed them ({@link CacheEpochChanged}).
 */
@ApplicationScoped
public class CacheInvalidation {

  /** Fired by services after they change policies or devices. */
  public enum LocalChange {
    POLICY,
    DEVICE
  }

  /**
   * Fired when the database's change counter for {@code name} moved ("policy", "device", and the
   * key vault's "kme").
   */
  public record CacheEpochChanged(String name) {}

  @Inject PolicyDecisionPoint decisionPoint;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LocalChange change) {
    forget(change);
  }

  void onEpoch(@Observes CacheEpochChanged changed) {
    switch (changed.name()) {
      case "policy" -> decisionPoint.forgetPolicies();
      case "device" -> decisionPoint.forgetDevices();
      default -> {} // another context's counter (e.g. the key vault's "kme")
    }
  }

  private void forget(LocalChange change) {
    if (change == LocalChange.POLICY) {
      decisionPoint.forgetPolicies();
    } else {
      decisionPoint.forgetDevices();
    }
  }
}
