package io.qgate.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A signed statement that row {@code seq} of the chain had hash {@code hash}: whoever holds the
 * public key can tell that no row up to {@code seq} changed since, without trusting the database.
 *
 * @param keyId SHA-256 (hex) of the signer's Ed25519 public key in X.509 encoding
 * @param signature Ed25519 over {@link #signedContent()}
 */
public record Checkpoint(long seq, byte[] hash, Instant signedAt, String keyId, byte[] signature) {

  public Checkpoint {
    signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code qgate-audit-checkpoint/v1}, seq, hash in hex and time, one per line. */
  public static byte[] signedContent(long seq, byte[] hash, Instant signedAt) {
    String text =
        "qgate-audit-checkpoint/v1\n"
            + seq
            + "\n"
            + HexFormat.of().formatHex(hash)
            + "\n"
            + signedAt.truncatedTo(ChronoUnit.MICROS)
            + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public byte[] signedContent() {
    return signedContent(seq, hash, signedAt);
  }

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }
}
