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
                "public-key",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                Base64.getEncoder().encodeToString(key.getValue()),
                "",
                "",
                key.getKey(),
                ""));
      }
      for (Checkpoint c : trail.checkpoints()) {
        out.write(
            csvRow(
                "checkpoint",
                String.valueOf(c.seq()),
                "",
                c.signedAt().toString(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                c.hashHex(),
                c.keyId(),
                Base64.getEncoder().encodeToString(c.signature())));
      }
      trail.scan(
          query,
          row -> {
            var e = row.event();
            write(
                out,
                csvRow(
                    "event",
                    String.valueOf(row.seq()),
                    e.eventId().toString(),
                    e.occurredAt().toString(),
                    e.tenant(),
                    e.type().name(),
                    e.actor(),
                    e.subject(),
                    e.outcome().name(),
                    e.details(),
                    row.prevHashHex(),
                    row.hashHex(),
                    "",
                    ""));
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

  private static String csvRow(String... cells) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      row.append(i == 0 ? "" : ",");
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
