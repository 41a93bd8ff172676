package io.qgate.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event in its place in the hash chain: {@code hash = SHA-256(canonical content)}, where the
 * canonical content includes {@code seq} and {@code prevHash}, the hash of the row before (32 zero
 * bytes for the first). Changing, removing or adding a row breaks the links after it.
 */
public record AuditRecord(long seq, AuditEvent event, byte[] prevHash, byte[] hash) {

  public static final byte[] GENESIS = new byte[32];

  /** Seals {@code event} as row {@code seq} following a row whose hash is {@code prevHash}. */
  public static AuditRecord chain(long seq, byte[] prevHash, AuditEvent event) {
    return new AuditRecord(
        seq, event, prevHash.clone(), sha256(canonicalContent(seq, prevHash, event)));
  }

  /** True if the stored hash is the hash of the stored content. */
  public boolean contentMatchesHash() {
    return Arrays.equals(hash, sha256(canonicalContent(seq, prevHash, event)));
  }

  public boolean follows(AuditRecord previous) {
    return Arrays.equals(prevHash, previous.hash);
  }

  /**
   * The bytes the hash covers: canonical JSON of the row's columns, with {@code details} embedded
   * as the JSON it already is and the hashes in lower-case hex (docs/compliance.md).
   */
  public static String canonicalContent(long seq, byte[] prevHash, AuditEvent event) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("actor", event.actor());
    content.put("eventId", event.eventId().toString());
    content.put("occurredAt", event.occurredAt().toString());
    content.put("outcome", event.outcome().name());
    content.put("prevHash", HexFormat.of().formatHex(prevHash));
    content.put("seq", seq);
    content.put("subject", event.subject());
    content.put("tenant", event.tenant());
    content.put("type", event.type().name());
    String withoutDetails = CanonicalJson.write(content);
    // "details" sorts first; splice the stored JSON in verbatim rather than re-encoding it.
    return "{\"details\":" + event.details() + "," + withoutDetails.substring(1);
  }

  /**
   * The canonical content with the {@code hash} member added: how exports and Kafka carry a row.
   */
  public String toJson() {
    String content = canonicalContent(seq, prevHash, event);
    return content.substring(0, content.length() - 1) + ",\"hash\":\"" + hashHex() + "\"}";
  }

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }

  public String prevHashHex() {
    return HexFormat.of().formatHex(prevHash);
  }

  static byte[] sha256(String content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
