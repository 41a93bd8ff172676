package io.qgate.vault.interfaces.rest.telemetry;

import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.vault.domain.telemetry.MasterKeyGrant;
import io.qgate.vault.domain.telemetry.TelemetryMasterKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON of a telemetry master key as its gateway or a reader receives it (docs/key-vault.md):
 * the secret and salt in base64. Built straight into a map and written once, so the secret is in no
 * object that outlives the response.
 */
final class MasterKeyView {

  private MasterKeyView() {}

  static Map<String, Object> of(TelemetryMasterKey key, KeyMaterial secret) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("keyId", key.keyId().toString());
    json.put("gatewaySae", key.gatewaySae());
    json.put("tenant", key.tenant().name());
    json.put("domain", key.domain().name());
    json.put("keyClass", key.keyClass().name());
    json.put("issuedAt", key.issuedAt().toString());
    json.put("salt", Base64.getEncoder().encodeToString(key.salt()));
    byte[] bytes = secret.bytes();
    try {
      json.put("key", Base64.getEncoder().encodeToString(bytes));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    return json;
  }

  /** A new key for its gateway, with the limits its policy sets on device keys. */
  static Map<String, Object> of(MasterKeyGrant grant) {
    Map<String, Object> json = of(grant.key(), grant.secret());
    json.put("maxKeyAgeSeconds", grant.maxKeyAge().toSeconds());
    json.put("maxMessagesPerKey", grant.maxMessagesPerKey());
    json.put(
        "algorithms", new TreeSet<>(grant.algorithms()).stream().map(AeadAlgorithm::name).toList());
    return json;
  }
}
