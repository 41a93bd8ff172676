package io.qgate.pipeline.application;

import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import io.qgate.policy.domain.PolicyScope;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the policy whether a gateway may encrypt a device's telemetry — the device's certification,
 * the algorithm — once per device and key period, not per record: a decision per record would cost
 * more than the encryption, and a refused device would fill the audit trail with one denial per
 * reading. Key age and use count need no question: the epoch schedule enforces them by
 * construction. An answer holds for the rest of the period — a refused device's readings are
 * dropped meanwhile — or until {@link #forget()}, which the gateway calls when a policy or a
 * certification changed anywhere, so a revoked device stops within the decision point's poll.
 */
public final class EncryptionPermits {

  private final EncryptionDecisions decisions;
  private final PolicyScope scope;
  private final String gateway;
  private final Map<String, Permit> byDevice = new ConcurrentHashMap<>();

  private record Permit(long period, AeadAlgorithm algorithm, boolean allowed) {}

  public EncryptionPermits(EncryptionDecisions decisions, PolicyScope scope, String gateway) {
    this.decisions = decisions;
    this.scope = scope;
    this.gateway = gateway;
  }

  /**
   * True if {@code deviceId} may have its readings sealed with {@code algorithm} in {@code period}.
   */
  public boolean allows(String deviceId, AeadAlgorithm algorithm, long period) {
    Permit permit = byDevice.get(deviceId);
    if (permit == null || permit.period() != period || permit.algorithm() != algorithm) {
      permit = new Permit(period, algorithm, decide(deviceId, algorithm));
      byDevice.put(deviceId, permit);
    }
    return permit.allowed();
  }

  /** Drops every answer: the next reading of each device asks the policy again. */
  public void forget() {
    byDevice.clear();
  }

  private boolean decide(String deviceId, AeadAlgorithm algorithm) {
    return decisions.allows(
        new TelemetryEncryption(scope, gateway, deviceId, algorithm, Duration.ZERO, 0));
  }
}
