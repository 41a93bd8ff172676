package io.qgate.telemetry.envelope;

import java.nio.charset.StandardCharsets;

/**
 * The byte layout of envelope version 1, all integers unsigned big-endian
 * (docs/telemetry-envelope.md has the table and a worked example):
 *
 * <pre>
 * version 1 ‖ algorithm 1 ‖ id length 1 ‖ device id (1..255, UTF-8) ‖ master key id 16
 *   ‖ epoch period 8 ‖ epoch generation 8 ‖ sequence 8 ‖ nonce (12 or 16) ‖ ciphertext ‖ tag 16
 * </pre>
 *
 * <p>The header is everything before the ciphertext. The associated data binds it to the topic:
 *
 * <pre>
 * AAD = "qgate-telemetry-v1" ‖ [|topic|]₁₆ ‖ topic (UTF-8) ‖ header
 * </pre>
 *
 * The topic is length-prefixed, so topic and header cannot trade bytes.
 */
public final class EnvelopeLayout {

  /** The version byte this code writes and reads. */
  public static final int VERSION = 1;

  /** The longest envelope accepted: 1 MiB. Telemetry records are ~100 bytes. */
  public static final int MAX_ENVELOPE_LENGTH = 1 << 20;

  /** The longest device id, in UTF-8 bytes (one length byte). */
  public static final int MAX_DEVICE_ID_LENGTH = 255;

  /** Bytes of version, algorithm and id length. */
  static final int PREFIX_LENGTH = 3;

  /** Bytes of master key id, epoch and sequence after the device id. */
  static final int IDS_LENGTH = 16 + 8 + 8 + 8;

  /** The first bytes of the associated data: ASCII {@code qgate-telemetry-v1}. */
  static final byte[] AAD_LABEL = "qgate-telemetry-v1".getBytes(StandardCharsets.US_ASCII);

  private EnvelopeLayout() {}

  /** Bytes of the header of an envelope with this algorithm and device-id length. */
  public static int headerLength(Algorithm algorithm, int deviceIdLength) {
    return PREFIX_LENGTH + deviceIdLength + IDS_LENGTH + algorithm.nonceLength();
  }

  /**
   * The associated data: label ‖ [|topic|]₁₆ ‖ topic ‖ the first {@code headerLength} bytes of
   * {@code envelope}.
   *
   * @throws IllegalArgumentException if the topic has more than 65535 UTF-8 bytes
   */
  public static byte[] associatedData(String topic, byte[] envelope, int headerLength) {
    byte[] name = topic.getBytes(StandardCharsets.UTF_8);
    if (name.length > 0xFFFF) {
      throw new IllegalArgumentException("topic of " + name.length + " bytes, at most 65535");
    }
    byte[] aad = new byte[AAD_LABEL.length + 2 + name.length + headerLength];
    System.arraycopy(AAD_LABEL, 0, aad, 0, AAD_LABEL.length);
    int at = AAD_LABEL.length;
    aad[at] = (byte) (name.length >>> 8);
    aad[at + 1] = (byte) name.length;
    System.arraycopy(name, 0, aad, at + 2, name.length);
    System.arraycopy(envelope, 0, aad, at + 2 + name.length, headerLength);
    return aad;
  }

  static void putLong(byte[] target, int offset, long value) {
    for (int i = 7; i >= 0; i--) {
      target[offset + i] = (byte) value;
      value >>>= 8;
    }
  }

  static long getLong(byte[] source, int offset) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (source[offset + i] & 0xFF);
    }
    return value;
  }
}
