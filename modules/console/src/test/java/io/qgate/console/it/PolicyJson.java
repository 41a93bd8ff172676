package io.qgate.console.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * Request bodies for the policy decision point, the device registry and the policies that the ITs
 * ask and register with; each question has a subject of its own, so its audit event can be found.
 */
final class PolicyJson {

  private PolicyJson() {}

  static String keyIssuance(String tenant, String domain, String keyClass, double qber) {
    return """
        {"point": "KEY_ISSUANCE", "tenant": "%s", "domain": "%s", "actor": "sae-it",
         "subject": "key-%s", "keyClass": "%s", "qber": %s}"""
        .formatted(tenant, domain, UUID.randomUUID(), keyClass, qber);
  }

  static String derivation(String tenant, String domain, String device) {
    return """
        {"point": "DEVICE_KEY_DERIVATION", "tenant": "%s", "domain": "%s", "actor": "gw-it",
         "deviceId": "%s", "keyClass": "QKD"}"""
        .formatted(tenant, domain, device);
  }

  static String encryption(
      String tenant,
      String domain,
      String algorithm,
      long ageSeconds,
      long messages,
      String device) {
    return """
        {"point": "TELEMETRY_ENCRYPTION", "tenant": "%s", "domain": "%s", "actor": "gw-it",
         "deviceId": "%s", "algorithm": "%s", "keyAgeSeconds": %d, "messagesUnderKey": %d}"""
        .formatted(tenant, domain, device, algorithm, ageSeconds, messages);
  }

  static String decryption(String tenant, String domain, String role) {
    return """
        {"point": "TELEMETRY_DECRYPTION", "tenant": "%s", "domain": "%s", "actor": "alice",
         "deviceId": "dev-%s", "actorRoles": ["%s"], "person": true}"""
        .formatted(tenant, domain, UUID.randomUUID().toString().substring(0, 8), role);
  }

  static String linkUse(double qber) {
    return """
        {"point": "LINK_USE", "tenant": "SHARED", "domain": "NETWORK", "actor": "router",
         "subject": "link-%s", "qber": %s}"""
        .formatted(UUID.randomUUID().toString().substring(0, 8), qber);
  }

  /** What the audit event of {@code question} names as its subject: the subject or the device. */
  static String subjectOf(String question) {
    try (var reader = Json.createReader(new StringReader(question))) {
      JsonObject json = reader.readObject();
      return json.getString("subject", json.getString("deviceId", null));
    }
  }

  static String device(String id, String tenant, String domain) {
    return """
        {"id": "%s", "tenant": "%s", "domain": "%s", "kind": "BEDSIDE_MONITOR", "name": "Monitor %s"}"""
        .formatted(id, tenant, domain, id);
  }

  static String certification(String scheme, int level, Instant from, Instant to) {
    return """
        {"scheme": "%s", "level": %d, "issuer": "NIST CMVP", "certificateNumber": "C-%s",
         "validFrom": "%s", "validTo": "%s"}"""
        .formatted(scheme, level, UUID.randomUUID().toString().substring(0, 6), from, to);
  }

  static String policy(int version, double maxQber, String reason) {
    return """
        {"version": %d, "allowedKeyClasses": ["QKD"], "maxLinkQber": %s, "maxKeyAgeSeconds": 600,
         "maxMessagesPerKey": 1000, "allowedAeadAlgorithms": ["AES_256_GCM"],
         "requiredCertification": {"scheme": "ETSI_GS_QKD_016", "level": 2},
         "decryptReaderRoles": ["security-officer"], "auditEveryRead": false,
         "auditRetentionDays": 365, "reason": "%s"}"""
        .formatted(version, maxQber, reason);
  }
}
