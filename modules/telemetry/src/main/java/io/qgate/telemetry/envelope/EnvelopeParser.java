package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.Epoch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the header of an envelope, strictly: the size is checked first, then every field against
 * the bytes that remain before it is read, so a hostile envelope allocates nothing beyond its own
 * length and fails with one {@link EnvelopeRejection}, never an index or runtime exception. The
 * only allocations that depend on the input are the device id's bytes and string (at most 255 bytes
 * each).
 */
final class EnvelopeParser {

  private EnvelopeParser() {}

  static EnvelopeHeader parse(byte[] envelope) throws EnvelopeRejection {
    if (envelope == null || envelope.length == 0) {
      throw new EnvelopeRejection(RejectReason.TRUNCATED, "no bytes");
    }
    if (envelope.length > EnvelopeLayout.MAX_ENVELOPE_LENGTH) {
      throw new EnvelopeRejection(
          RejectReason.TOO_LARGE,
          "envelope of "
              + envelope.length
              + " bytes, at most "
              + EnvelopeLayout.MAX_ENVELOPE_LENGTH);
    }
    int version = envelope[0] & 0xFF;
    if (version != EnvelopeLayout.VERSION) {
      throw new EnvelopeRejection(RejectReason.UNSUPPORTED_VERSION, "version " + version);
    }
    need(envelope, 2, "algorithm");
    int algorithmId = envelope[1] & 0xFF;
    Optional<Algorithm> known = Algorithm.byId(algorithmId);
    if (known.isEmpty()) {
      throw new EnvelopeRejection(RejectReason.UNKNOWN_ALGORITHM, "algorithm " + algorithmId);
    }
    Algorithm algorithm = known.get();
    need(envelope, 3, "device id length");
    int idLength = envelope[2] & 0xFF;
    if (idLength == 0) {
      throw new EnvelopeRejection(RejectReason.MALFORMED, "empty device id");
    }
    int headerLength = EnvelopeLayout.headerLength(algorithm, idLength);
    need(envelope, headerLength + Algorithm.TAG_LENGTH, "header and tag");
    byte[] deviceIdBytes = Arrays.copyOfRange(envelope, 3, 3 + idLength);
    String deviceId = utf8(deviceIdBytes);
    int at = 3 + idLength;
    UUID keyId =
        new UUID(EnvelopeLayout.getLong(envelope, at), EnvelopeLayout.getLong(envelope, at + 8));
    long period = EnvelopeLayout.getLong(envelope, at + 16);
    long generation = EnvelopeLayout.getLong(envelope, at + 24);
    long sequence = EnvelopeLayout.getLong(envelope, at + 32);
    if (period < 0 || generation < 0 || sequence < 0) {
      throw new EnvelopeRejection(
          RejectReason.MALFORMED, "epoch or sequence above 2^63 - 1 (negative as signed)");
    }
    if (!algorithm.isNonceFor(sequence, envelope, at + 40)) {
      throw new EnvelopeRejection(
          RejectReason.BAD_NONCE, "nonce is not the one of sequence " + sequence);
    }
    return new EnvelopeHeader(
        algorithm, deviceId, deviceIdBytes, keyId, new Epoch(period, generation), sequence);
  }

  private static void need(byte[] envelope, int length, String what) throws EnvelopeRejection {
    if (envelope.length < length) {
      throw new EnvelopeRejection(
          RejectReason.TRUNCATED,
          "envelope of " + envelope.length + " bytes, " + what + " need at least " + length);
    }
  }

  /** Strict UTF-8; ASCII (every byte below 0x80, as device ids usually are) needs no decoder. */
  private static String utf8(byte[] bytes) throws EnvelopeRejection {
    boolean ascii = true;
    for (byte b : bytes) {
      ascii &= b >= 0;
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EnvelopeRejection(RejectReason.MALFORMED, "device id is not UTF-8");
    }
  }
}
