package io.qgate.vault.domain.hybrid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * FixedInfo of the HYBRID key KDF in the concatenation format of NIST SP 800-56C Rev. 2 §4
 * (AlgorithmID ‖ PartyUInfo ‖ PartyVInfo ‖ SuppPubInfo, each variable field length-prefixed);
 * {@link HybridKeyCombiner} gives the layout.
 */
final class HybridFixedInfo {

  private HybridFixedInfo() {}

  static byte[] encode(
      String algorithmId,
      MlKemPublicKey ek,
      byte[] ciphertext,
      HybridKeyContext context,
      int qkdKeyLength,
      int keyLength) {
    byte[] algorithm = algorithmId.getBytes(StandardCharsets.US_ASCII);
    byte[] initiator = context.initiatorId().getBytes(StandardCharsets.UTF_8);
    byte[] responder = context.responderId().getBytes(StandardCharsets.UTF_8);
    int size = 4 * 4 + algorithm.length + initiator.length + ciphertext.length + responder.length;
    size += 4 + ek.length() + 16 + 4 + 4;
    ByteBuffer out = ByteBuffer.allocate(size);
    lengthPrefixed(out, algorithm);
    lengthPrefixed(out, initiator);
    lengthPrefixed(out, ciphertext);
    lengthPrefixed(out, responder);
    out.putInt(ek.length());
    ek.copyTo(out.array(), out.position());
    out.position(out.position() + ek.length());
    out.putLong(context.qkdKeyId().getMostSignificantBits());
    out.putLong(context.qkdKeyId().getLeastSignificantBits());
    out.putInt(8 * qkdKeyLength);
    out.putInt(8 * keyLength);
    return out.array();
  }

  private static void lengthPrefixed(ByteBuffer out, byte[] field) {
    out.putInt(field.length).put(field);
  }
}
