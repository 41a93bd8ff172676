package io.qgate.audit.interfaces.rest;

import io.qgate.audit.application.AuditTrail;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.CanonicalJson;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.Ed25519;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's copy: matching events with their chain hashes, every signed checkpoint and every
 * public key, streamed so an export of any size holds one row in memory at a time. Each event row
 * carries what is needed to recompute its hash (docs/compliance.md).
 */
final class AuditExport {

  private static final List<String> CSV_COLUMNS =
      List.of(
          "record",
          "seq",
          "event_id",
          "occurred_at",
          "tenant",
          "type",
          "actor",
          "subject",
          "outcome",
          "details",
          "prev_hash",
          "hash",
          "key_id",
          "signature");

  private final AuditTrail trail;
  private final AuditQuery query;

  AuditExport(AuditTrail trail, AuditQuery query) {
    this.trail = trail;
    this.query = query;
  }

  StreamingOutput json() {
    return output -> {
      Writer out = writer(output);
      out.write("{\"format\":\"qgate-audit-export/v1\",\"query\":");
      out.write(CanonicalJson.write(describe(query)));
      out.write(",\"publicKeys\":");
      out.write(
          CanonicalJson.write(
              trail.publicKeys().entrySet().stream()
                  .map(e -> key(e.getKey(), e.getValue()))
                  .toList()));
      out.write(",\"checkpoints\":");
      out.write(
          CanonicalJson.write(trail.checkpoints().stream().map(AuditExport::checkpoint).toList()));
      out.write(",\"events\":[");
      boolean[] first = {true};
      trail.scan(
          query,
          row -> {
            write(out, (first[0] ? "" : ",") + row.toJson());
            first[0] = false;
            return true;
          });
      out.write("]}\n");
      out.flush();
    };
  }

  StreamingOutput csv() {
    return output -> {
      Writer out = writer(output);
      out.write(String.join(",", CSV_COLUMNS) + "\r\n");
      for (var key : trail.publicKeys().entrySet()) {
        out.write(
            csvRow(
                Map.of(
                    "record", "public-key",
                    "details", Base64.getEncoder().encodeToString(key.getValue()),
                    "key_id", key.getKey())));
      }
      for (Checkpoint c : trail.checkpoints()) {
        out.write(
            csvRow(
                Map.of(
                    "record", "checkpoint",
                    "seq", String.valueOf(c.seq()),
                    "occurred_at", c.signedAt().toString(),
                    "hash", c.hashHex(),
                    "key_id", c.keyId(),
                    "signature", Base64.getEncoder().encodeToString(c.signature()))));
      }
      trail.scan(
          query,
          row -> {
            var e = row.event();
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("record", "event");
            cells.put("seq", String.valueOf(row.seq()));
            cells.put("event_id", e.eventId().toString());
            cells.put("occurred_at", e.occurredAt().toString());
            cells.put("tenant", e.tenant());
            cells.put("type", e.type().name());
            cells.put("actor", e.actor());
            cells.put("subject", e.subject());
            cells.put("outcome", e.outcome().name());
            cells.put("details", e.details());
            cells.put("prev_hash", row.prevHashHex());
            cells.put("hash", row.hashHex());
            write(out, csvRow(cells));
            return true;
          });
      out.flush();
    };
  }

  static Map<String, Object> checkpoint(Checkpoint c) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("seq", c.seq());
    view.put("hash", c.hashHex());
    view.put("signedAt", c.signedAt().toString());
    view.put("keyId", c.keyId());
    view.put("signature", Base64.getEncoder().encodeToString(c.signature()));
    return view;
  }

  private static Map<String, Object> key(String keyId, byte[] x509) {
    return Map.of(
        "keyId",
        keyId,
        "algorithm",
        "Ed25519",
        "x509",
        Base64.getEncoder().encodeToString(x509),
        "pem",
        Ed25519.publicKeyPem(x509));
  }

  private static Map<String, Object> describe(AuditQuery query) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("tenant", query.tenant().orElse(null));
    described.put("from", query.from().map(Object::toString).orElse(null));
    described.put("to", query.to().map(Object::toString).orElse(null));
    return described;
  }

  /** One RFC 4180 line with the given cells in their columns, the other columns empty. */
  private static String csvRow(Map<String, String> cells) {
    StringBuilder row = new StringBuilder();
    for (String column : CSV_COLUMNS) {
      String cell = cells.getOrDefault(column, "");
      row.append(column.equals(CSV_COLUMNS.get(0)) ? "" : ",");
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        row.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        row.append(cell);
      }
    }
    return row.append("\r\n").toString();
  }

  private static Writer writer(java.io.OutputStream output) {
    return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
