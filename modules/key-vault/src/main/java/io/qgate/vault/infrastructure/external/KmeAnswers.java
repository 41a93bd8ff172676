package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.LinkStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The ETSI GS QKD 014 data formats (§6) the vault writes to and reads from a KME. */
final class KmeAnswers {

  private KmeAnswers() {}

  /** Key request (§6.2). */
  static String keyRequest(int number, int sizeBits) {
    return ExternalJson.PROVIDER
        .createObjectBuilder()
        .add("number", number)
        .add("size", sizeBits)
        .build()
        .toString();
  }

  /** Key IDs (§6.4). */
  static String keyIds(List<String> ids) {
    JsonArrayBuilder array = ExternalJson.PROVIDER.createArrayBuilder();
    ids.forEach(id -> array.add(ExternalJson.PROVIDER.createObjectBuilder().add("key_ID", id)));
    return ExternalJson.PROVIDER.createObjectBuilder().add("key_IDs", array).build().toString();
  }

  /** Status (§6.1): stored_key_count and max_key_per_request. */
  static KmeStatus status(byte[] body, String call) throws KmeFailure {
    JsonObject json = object(body, call, "Status");
    return new KmeStatus(
        count(json, "stored_key_count", call), count(json, "max_key_per_request", call));
  }

  /** Key container (§6.3): the keys, material decoded from base64. */
  static List<PulledKey> keys(byte[] body, String call) throws KmeFailure {
    JsonObject json = object(body, call, "Key container");
    if (!(json.get("keys") instanceof JsonArray keys)) {
      throw unreadable(call, "Key container");
    }
    List<PulledKey> pulled = new ArrayList<>(keys.size());
    for (JsonValue entry : keys) {
      if (!(entry instanceof JsonObject key)
          || !(key.get("key_ID") instanceof JsonString id)
          || !(key.get("key") instanceof JsonString material)) {
        throw unreadable(call, "Key container");
      }
      try {
        pulled.add(new PulledKey(id.getString(), Base64.getDecoder().decode(material.getString())));
      } catch (IllegalArgumentException e) {
        throw new KmeFailure(
            LinkStatus.EXTERNAL_UNAVAILABLE,
            call + ": the key of key_ID " + id.getString() + " is not base64");
      }
    }
    return pulled;
  }

  /** Error (§6.5) as "message (details)", or a note that the body is none. */
  static String error(byte[] body) {
    JsonValue value = ExternalJson.read(body).orElse(null);
    if (value instanceof JsonObject json && json.get("message") instanceof JsonString message) {
      JsonValue details = json.get("details");
      return message.getString() + (details == null ? "" : " (details: " + details + ")");
    }
    return "no ETSI Error object in the answer";
  }

  private static JsonObject object(byte[] body, String call, String what) throws KmeFailure {
    if (ExternalJson.read(body).orElse(null) instanceof JsonObject json) {
      return json;
    }
    throw unreadable(call, what);
  }

  private static int count(JsonObject json, String name, String call) throws KmeFailure {
    if (json.get(name) instanceof JsonNumber number
        && number.isIntegral()
        && number.longValue() >= 0) {
      return (int) Math.min(Integer.MAX_VALUE, number.longValue());
    }
    throw new KmeFailure(
        LinkStatus.EXTERNAL_UNAVAILABLE, call + ": the Status has no valid " + name);
  }

  private static KmeFailure unreadable(String call, String what) {
    return new KmeFailure(
        LinkStatus.EXTERNAL_UNAVAILABLE, call + ": the answer is not an ETSI " + what);
  }
}
