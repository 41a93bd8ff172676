package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.vault.application.EtsiStatus;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The ETSI GS QKD 014 response objects (§6.1 Status, §6.3 Key container, §6.5 Error) as JSON. */
final class EtsiReplies {

  private EtsiReplies() {}

  /** Status (§6.1): the KME pair, its stock of keys for the SAE pair and its limits. */
  static String status(EtsiStatus status) {
    return Json.createObjectBuilder()
        .add("source_KME_ID", status.sourceKmeId())
        .add("target_KME_ID", status.targetKmeId())
        .add("master_SAE_ID", status.masterSaeId())
        .add("slave_SAE_ID", status.slaveSaeId())
        .add("key_size", EtsiLimits.DEFAULT_KEY_SIZE)
        .add("stored_key_count", status.storedKeyCount())
        .add("max_key_count", status.maxKeyCount())
        .add("max_key_per_request", EtsiLimits.MAX_KEY_PER_REQUEST)
        .add("max_key_size", EtsiLimits.MAX_KEY_SIZE)
        .add("min_key_size", EtsiLimits.MIN_KEY_SIZE)
        .add("max_SAE_ID_count", EtsiLimits.MAX_SAE_ID_COUNT)
        .build()
        .toString();
  }

  /**
   * Key container (§6.3): key_ID, base64 key and the key's class as {@code key_extension} per key;
   * the bytes are erased once encoded. Written directly: UUIDs and base64 need no escaping, and a
   * JSON-B round per request cost more than the key itself.
   */
  static String keyContainer(List<IssuedKey> keys) {
    StringBuilder json = new StringBuilder(32 + keys.size() * 100).append("{\"keys\":[");
    Base64.Encoder base64 = Base64.getEncoder();
    for (int i = 0; i < keys.size(); i++) {
      IssuedKey key = keys.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"key_ID\":\"")
          .append(key.keyId())
          .append("\",\"key\":\"")
          .append(base64.encodeToString(key.material()))
          .append("\",\"key_extension\":{\"key_class\":\"")
          .append(key.keyClass().name())
          .append("\"}}");
      key.erase();
    }
    return json.append("]}").toString();
  }

  /** Error (§6.5): {@code message}, and {@code details} when there are any. */
  static String error(String message, List<Map<String, Object>> details) {
    JsonObjectBuilder error = Json.createObjectBuilder().add("message", message);
    if (!details.isEmpty()) {
      error.add("details", Json.createArrayBuilder(details));
    }
    return error.build().toString();
  }
}
