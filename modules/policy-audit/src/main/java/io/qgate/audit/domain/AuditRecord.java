package io.qgate.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

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
    // Written member by member in the documented order: this runs twice per row on the audit
    // writer's thread (hash, then stream), where a map sorted per row was a third of its time.
    StringBuilder out = new StringBuilder(256 + event.details().length());
    out.append("{\"details\":").append(event.details());
    member(out, "actor", event.actor());
    member(out, "eventId", event.eventId().toString());
    member(out, "occurredAt", event.occurredAt().toString());
    member(out, "outcome", event.outcome().name());
    member(out, "prevHash", HexFormat.of().formatHex(prevHash));
    out.append(",\"seq\":").append(seq);
    member(out, "subject", event.subject());
    member(out, "tenant", event.tenant());
    member(out, "type", event.type().name());
    return out.append('}').toString();
  }

  private static void member(StringBuilder out, String name, String value) {
    out.append(",\"").append(name).append("\":");
    CanonicalJson.append(out, value);
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
