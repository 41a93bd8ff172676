package io.qgate.devstack.bench;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One key of an ETSI GS QKD 014 Key container ({@code {"keys":[{"key_ID","key"}]}}).
 *
 * @param keyId the key_ID, a UUID
 * @param material the decoded key bytes
 */
public record EtsiKey(UUID keyId, byte[] material) {

  /**
   * The keys of a Key container; {@link IllegalArgumentException} naming what is wrong if {@code
   * body} is not one (not JSON, no {@code keys} array, a key_ID that is not a UUID, a key that is
   * not base64).
   */
  public static List<EtsiKey> parseContainer(String body) {
    Object root = Json.parse(body);
    if (!(root instanceof Map<?, ?> container)
        || !(container.get("keys") instanceof List<?> keys)) {
      throw new IllegalArgumentException("not a Key container: no \"keys\" array");
    }
    List<EtsiKey> parsed = new ArrayList<>(keys.size());
    for (Object entry : keys) {
      if (!(entry instanceof Map<?, ?> key)
          || !(key.get("key_ID") instanceof String id)
          || !(key.get("key") instanceof String material)) {
        throw new IllegalArgumentException("not a Key container: a key without key_ID or key");
      }
      UUID keyId;
      try {
        keyId = UUID.fromString(id);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a Key container: key_ID '" + id + "' is no UUID");
      }
      try {
        parsed.add(new EtsiKey(keyId, Base64.getDecoder().decode(material)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a Key container: key " + id + " is not base64");
      }
    }
    return parsed;
  }

  /** The {@code message} of an ETSI Error object, or a short excerpt of {@code body}. */
  public static String errorMessage(String body) {
    try {
      if (Json.parse(body) instanceof Map<?, ?> error && error.get("message") instanceof String m) {
        return m;
      }
    } catch (IllegalArgumentException e) {
      // not JSON: fall through to the excerpt
    }
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }

  @Override
  public String toString() {
    return "EtsiKey[" + keyId + ", " + material.length * 8 + " bits]";
  }
}
