package io.qgate.vault.infrastructure;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.platform.infrastructure.kafka.EventPublisher;
import io.qgate.platform.infrastructure.kafka.EventPublisher.Event;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyEventSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Key lifecycle events on {@value #TOPIC}, keyed by link: ids, sizes, SAEs and times — never key
 * material (docs/asyncapi.yaml).
 */
@ApplicationScoped
public class KeyEvents implements KeyEventSink {

  public static final String TOPIC = "qgate.keys.events.v1";

  /** Key ids per event at most, so a quarantine of a full link stays well under Kafka's 1 MB. */
  static final int MAX_IDS_PER_EVENT = 1_000;

  @Inject EventPublisher publisher;

  @Override
  public void keysMoved(
      String type, String linkId, String sae, List<IssuedKey> keys, Map<String, Object> facts) {
    Map<String, Object> event = new LinkedHashMap<>(facts);
    event.put("type", type);
    event.put("linkId", linkId);
    event.put("sae", sae);
    event.put("at", Instant.now().toString());
    event.put("keyIds", keys.stream().map(k -> k.keyId().toString()).toList());
    event.put("sizeBits", keys.isEmpty() ? 0 : keys.get(0).material().length * 8);
    event.put(
        "keyClasses", keys.stream().map(k -> k.keyClass().name()).distinct().sorted().toList());
    publisher.publish(List.of(new Event(TOPIC, linkId, CanonicalJson.write(event))));
  }

  @Override
  public void keysClosed(String type, String linkId, List<UUID> keyIds, Map<String, Object> facts) {
    publisher.publish(closedEvents(type, linkId, keyIds, facts, Instant.now()));
  }

  /** One event per {@value #MAX_IDS_PER_EVENT} key ids (one event if there are none). */
  static List<Event> closedEvents(
      String type, String linkId, List<UUID> keyIds, Map<String, Object> facts, Instant at) {
    List<Event> events = new ArrayList<>();
    int from = 0;
    do {
      List<UUID> chunk = keyIds.subList(from, Math.min(keyIds.size(), from + MAX_IDS_PER_EVENT));
      Map<String, Object> event = new LinkedHashMap<>(facts);
      event.put("type", type);
      event.put("linkId", linkId);
      event.put("at", at.toString());
      event.put("keyIds", chunk.stream().map(UUID::toString).toList());
      events.add(new Event(TOPIC, linkId, CanonicalJson.write(event)));
      from += MAX_IDS_PER_EVENT;
    } while (from < keyIds.size());
    return events;
  }
}
