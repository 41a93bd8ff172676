package io.qgate.policy.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What an enforcement point asks the policy. One record per point; each names the scope whose
 * policy decides, who asks, and what the action is about.
 */
public sealed interface PolicyQuestion {

  PolicyScope scope();

  EnforcementPoint point();

  /** Who acts: an SAE, a gateway, a person, a service. */
  String actor();

  /** What the action is about (a key, a device, a link), for the audit trail. */
  String subject();

  /** The device whose certification the decision depends on, if any. */
  default Optional<String> device() {
    return Optional.empty();
  }

  /** A key handed to an SAE or an API caller (ETSI GS QKD 014 or the platform API). */
  record KeyIssuance(
      PolicyScope scope, String actor, String subject, KeyClass keyClass, double sourceLinkQber)
      implements PolicyQuestion {
    @Override
    public EnforcementPoint point() {
      return EnforcementPoint.KEY_ISSUANCE;
    }
  }

  /** A per-device key derived from a gateway master key. */
  record DeviceKeyDerivation(PolicyScope scope, String actor, String deviceId, KeyClass keyClass)
      implements PolicyQuestion {
    @Override
    public EnforcementPoint point() {
      return EnforcementPoint.DEVICE_KEY_DERIVATION;
    }

    @Override
    public String subject() {
      return deviceId;
    }

    @Override
    public Optional<String> device() {
      return Optional.of(deviceId);
    }
  }

  /** A telemetry record about to be encrypted under a device key. */
  record TelemetryEncryption(
      PolicyScope scope,
      String actor,
      String deviceId,
      AeadAlgorithm algorithm,
      Duration keyAge,
      long messagesUnderKey)
      implements PolicyQuestion {
    @Override
    public EnforcementPoint point() {
      return EnforcementPoint.TELEMETRY_ENCRYPTION;
    }

    @Override
    public String subject() {
      return deviceId;
    }

    @Override
    public Optional<String> device() {
      return Optional.of(deviceId);
    }
  }

  /** Decrypted telemetry of a device about to be shown to a person or handed to a service. */
  record TelemetryDecryption(
      PolicyScope scope, String actor, Set<String> actorRoles, boolean person, String deviceId)
      implements PolicyQuestion {
    public TelemetryDecryption {
      actorRoles = Set.copyOf(actorRoles);
    }

    @Override
    public EnforcementPoint point() {
      return EnforcementPoint.TELEMETRY_DECRYPTION;
    }

    @Override
    public String subject() {
      return deviceId;
    }
  }

  /** Keys from a QKD link about to be used, given the link's measured QBER. */
  record LinkUse(PolicyScope scope, String actor, String linkId, double qber)
      implements PolicyQuestion {
    @Override
    public EnforcementPoint point() {
      return EnforcementPoint.LINK_USE;
    }

    @Override
    public String subject() {
      return linkId;
    }
  }
}
