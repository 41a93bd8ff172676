package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.infrastructure.kafka.EventPublisher.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyEventsTest {

  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void aClosingIsOneEventOfMetadataKeyedByLink() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    List<Event> events =
        KeyEvents.closedEvents("REVOKED", "l-ab", List.of(id), Map.of("reason", "lost"), AT);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).topic()).isEqualTo("qgate.keys.events.v1");
    assertThat(events.get(0).key()).isEqualTo("l-ab");
    assertThat(events.get(0).json())
        .isEqualTo(
            "{\"at\":\"2026-01-02T03:04:05Z\",\"keyIds\":[\""
                + id
                + "\"],\"linkId\":\"l-ab\","
                + "\"reason\":\"lost\",\"type\":\"REVOKED\"}");
  }

  @Test
  void manyKeysAreSplitSoNoEventNearsKafkasMessageLimit() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 2 * KeyEvents.MAX_IDS_PER_EVENT + 1; i++) {
      ids.add(UUID.randomUUID());
    }
    List<Event> events = KeyEvents.closedEvents("QUARANTINED", "l-ab", ids, Map.of(), AT);
    assertThat(events).hasSize(3);
    assertThat(events).allSatisfy(e -> assertThat(e.json().length()).isLessThan(50_000));
    assertThat(String.join("", events.stream().map(Event::json).toList()))
        .contains(ids.get(0).toString(), ids.get(ids.size() - 1).toString());
  }

  @Test
  void aQuarantineThatFoundNoKeysIsStillAnnounced() {
    assertThat(
            KeyEvents.closedEvents(
                "QUARANTINED", "l-ab", List.of(), Map.of("poolBlocksDiscarded", 7L), AT))
        .singleElement()
        .satisfies(
            e -> assertThat(e.json()).contains("\"keyIds\":[]", "\"poolBlocksDiscarded\":7"));
  }
}
