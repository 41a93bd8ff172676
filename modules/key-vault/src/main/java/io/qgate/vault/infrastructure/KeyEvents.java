package io.qgate.vault.infrastructure;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.platform.infrastructure.kafka.EventPublisher;
import io.qgate.platform.infrastructure.kafka.EventPublisher.Event;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyEventSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key lifecycle events on {@value #TOPIC}, keyed by link: ids, sizes, SAEs and times — never key
 * material (docs/asyncapi.yaml).
 */
@ApplicationScoped
public class KeyEvents implements KeyEventSink {

  public static final String TOPIC = "qgate.keys.events.v1";

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
    publisher.publish(List.of(new Event(TOPIC, linkId, CanonicalJson.write(event))));
  }
}
