package io.qgate.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

  private static final AuditEvent EVENT =
      new AuditEvent(
          UUID.fromString("6f1c2a3b-0d4e-4f5a-8b6c-7d8e9fa0b1c2"),
          Instant.parse("2026-11-26T18:48:56.489250Z"),
          "acme \"grid\"",
          AuditEventType.KEY_DELIVERED,
          "sae-core-1",
          "3 keys\nfor\tsae\\grid\u0001",
          AuditOutcome.RECORDED,
          "{\"keyIds\":[\"a\",\"b\"],\"sizeBits\":256}");

  @Test
  void canonicalContentIsTheDocumentedObjectInTheDocumentedOrder() {
    byte[] prevHash = new byte[32];
    prevHash[31] = (byte) 0xab;

    assertThat(AuditRecord.canonicalContent(42, prevHash, EVENT))
        .isEqualTo(
            "{\"details\":{\"keyIds\":[\"a\",\"b\"],\"sizeBits\":256},\"actor\":\"sae-core-1\","
                + "\"eventId\":\"6f1c2a3b-0d4e-4f5a-8b6c-7d8e9fa0b1c2\","
                + "\"occurredAt\":\"2026-11-26T18:48:56.489250Z\",\"outcome\":\"RECORDED\","
                + "\"prevHash\":\""
                + "0".repeat(62)
                + "ab\",\"seq\":42,"
                + "\"subject\":\"3 keys\\nfor\\tsae\\\\grid\\u0001\","
                + "\"tenant\":\"acme \\\"grid\\\"\",\"type\":\"KEY_DELIVERED\"}");
  }

  @Test
  void canonicalContentAgreesWithTheGenericCanonicalJsonOfTheSameMembers() {
    byte[] prevHash = HexFormat.of().parseHex("00ff".repeat(16));
    String members =
        CanonicalJson.write(
            Map.of(
                "actor", EVENT.actor(),
                "eventId", EVENT.eventId().toString(),
                "occurredAt", EVENT.occurredAt().toString(),
                "outcome", EVENT.outcome(),
                "prevHash", HexFormat.of().formatHex(prevHash),
                "seq", 7L,
                "subject", EVENT.subject(),
                "tenant", EVENT.tenant(),
                "type", EVENT.type()));

    assertThat(AuditRecord.canonicalContent(7, prevHash, EVENT))
        .isEqualTo("{\"details\":" + EVENT.details() + "," + members.substring(1));
  }

  @Test
  void jsonIsTheCanonicalContentWithItsHash() {
    AuditRecord record = AuditRecord.chain(1, AuditRecord.GENESIS, EVENT);
    String content = AuditRecord.canonicalContent(1, AuditRecord.GENESIS, EVENT);

    assertThat(record.contentMatchesHash()).isTrue();
    assertThat(record.toJson())
        .isEqualTo(
            content.substring(0, content.length() - 1) + ",\"hash\":\"" + record.hashHex() + "\"}");
    assertThat(record.hash()).isEqualTo(AuditRecord.sha256(content));
  }
}
