package io.qgate.vault.application;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.UnavailableException;
import io.qgate.policy.application.PolicyDecisionPoint;
import io.qgate.policy.application.PolicyEnforcement;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyRules;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import io.qgate.vault.domain.Sae;
import io.qgate.vault.domain.telemetry.MasterKeyCustody;
import io.qgate.vault.domain.telemetry.MasterKeyGrant;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import io.qgate.vault.domain.telemetry.TelemetryReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gateway master keys for telemetry. A gateway's master key is a QKD key between its KME and the
 * core KME, exchanged under ETSI GS QKD 014 (the gateway SAE takes it by enc_keys, the core SAE by
 * dec_keys, each decided by policy and audited); the core keeps it wrapped, and hands it to each
 * reader the policy of the key's tenant and domain entitles — never to another tenant.
 */
@ApplicationScoped
public class TelemetryKeyService {

  /** Bits of a master key: HKDF input of 256 bits (≥ the 128 {@code MasterKey} requires). */
  static final int MASTER_KEY_BITS = 256;

  private static final SecureRandom SALTS = new SecureRandom();

  @Inject EtsiKeyService etsi;
  @Inject KmeDirectory directory;
  @Inject MasterKeyCustody custody;
  @Inject PolicyEnforcement policies;
  @Inject PolicyDecisionPoint decisionPoint;
  @Inject AuditTrail auditTrail;

  @Inject
  @ConfigProperty(name = "qgate.telemetry.core-sae", defaultValue = "sae-core-1")
  String coreSae;

  /**
   * A new master key for the gateway SAE {@code gatewaySae}, with its policy's limits.
   *
   * @throws ForbiddenException if {@code gatewaySae} is not a registered SAE or its policy refuses
   * @throws UnavailableException if no key can be had now (the pool is dry, the database is down)
   */
  public MasterKeyGrant issue(String gatewaySae) {
    Sae gateway =
        directory
            .sae(gatewaySae)
            .orElseThrow(() -> new ForbiddenException("SAE " + gatewaySae + " is not registered"));
    PolicyRules rules =
        decisionPoint
            .policy(gateway.scope())
            .orElseThrow(() -> new ForbiddenException("no policy in force for " + gateway.scope()))
            .rules();
    IssuedKey key = exchange(gateway);
    try {
      byte[] salt = new byte[32];
      SALTS.nextBytes(salt);
      TelemetryMasterKey master =
          new TelemetryMasterKey(
              key.keyId(),
              gateway.id(),
              gateway.tenant(),
              gateway.domain(),
              key.keyClass(),
              salt,
              Instant.now());
      custody.keep(master, key.material());
      return new MasterKeyGrant(
          master,
          KeyMaterial.copyOf(key.material()),
          rules.maxKeyAge(),
          rules.maxMessagesPerKey(),
          rules.allowedAeadAlgorithms());
    } finally {
      key.erase();
    }
  }

  /**
   * The master key {@code keyId} for {@code reader}, if the key's policy entitles it; audited.
   *
   * @throws NotFoundException if no master key has that id
   * @throws ForbiddenException if the key belongs to another tenant or the policy refuses
   */
  public MasterKeyCustody.Held read(UUID keyId, TelemetryReader reader) {
    TelemetryMasterKey key =
        custody
            .find(keyId)
            .orElseThrow(() -> new NotFoundException("telemetry master key", keyId.toString()));
    if (key.tenant() != reader.tenant()) {
      throw new ForbiddenException(
          reader.actor() + " of " + reader.tenant() + " may not read keys of " + key.tenant());
    }
    policies.enforce(
        new TelemetryDecryption(
            key.scope(), reader.actor(), reader.roles(), reader.person(), key.gatewaySae()));
    MasterKeyCustody.Held held =
        custody
            .open(keyId)
            .orElseThrow(() -> new NotFoundException("telemetry master key", keyId.toString()));
    auditTrail.recordAfterTheFact(
        AuditEvent.now(
            key.tenant().name(),
            AuditEventType.TELEMETRY_KEY_RELEASED,
            reader.actor(),
            "telemetry master key " + keyId,
            AuditOutcome.RECORDED,
            Map.of("gateway", key.gatewaySae(), "domain", key.domain().name())));
    return held;
  }

  /** The key both KMEs now hold: enc_keys by the gateway, dec_keys by the core SAE. */
  private IssuedKey exchange(Sae gateway) {
    try {
      IssuedKey issued =
          etsi.encKeys(gateway.id(), coreSae, KeyRequest.of(1, MASTER_KEY_BITS, List.of())).get(0);
      issued.erase(); // the core's copy, delivered next, is the one kept
      return etsi.decKeys(coreSae, gateway.id(), List.of(issued.keyId())).get(0);
    } catch (EtsiException e) {
      if (e.status() == 503) {
        throw new UnavailableException("no master key for " + gateway.id() + ": " + e.getMessage());
      }
      if (e.status() == 401) {
        throw new ForbiddenException(e.getMessage());
      }
      throw new InvalidInputException("gatewaySae", e.getMessage());
    }
  }
}
