package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.Epoch;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The authenticated header of an envelope: what the opener needs to find the key and the nonce. The
 * nonce is not a field: it is {@link Algorithm#nonceFor}{@code (sequence)}, written on encode and
 * checked on parse.
 */
public final class EnvelopeHeader {

  private final Algorithm algorithm;
  private final String deviceId;
  private final byte[] deviceIdBytes;
  private final UUID masterKeyId;
  private final Epoch epoch;
  private final long sequence;

  /**
   * @throws IllegalArgumentException if the device id is empty or longer than 255 UTF-8 bytes, or
   *     the sequence is negative
   */
  public EnvelopeHeader(
      Algorithm algorithm, String deviceId, UUID masterKeyId, Epoch epoch, long sequence) {
    this(
        algorithm,
        deviceId,
        deviceId.getBytes(StandardCharsets.UTF_8),
        masterKeyId,
        epoch,
        sequence);
  }

  /** As above, with {@code deviceIdBytes} the UTF-8 bytes of {@code deviceId} (the parser's). */
  EnvelopeHeader(
      Algorithm algorithm,
      String deviceId,
      byte[] deviceIdBytes,
      UUID masterKeyId,
      Epoch epoch,
      long sequence) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.deviceId = deviceId;
    this.deviceIdBytes = deviceIdBytes;
    if (deviceIdBytes.length == 0 || deviceIdBytes.length > EnvelopeLayout.MAX_DEVICE_ID_LENGTH) {
      throw new IllegalArgumentException(
          "device id of " + deviceIdBytes.length + " UTF-8 bytes, 1 to 255 allowed");
    }
    this.masterKeyId = Objects.requireNonNull(masterKeyId, "masterKeyId");
    this.epoch = Objects.requireNonNull(epoch, "epoch");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence " + sequence + " must not be negative");
    }
    this.sequence = sequence;
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public String deviceId() {
    return deviceId;
  }

  public UUID masterKeyId() {
    return masterKeyId;
  }

  public Epoch epoch() {
    return epoch;
  }

  public long sequence() {
    return sequence;
  }

  /** The nonce of this header's sequence. */
  public byte[] nonce() {
    return algorithm.nonceFor(sequence);
  }

  /** Bytes of the encoded header. */
  public int length() {
    return EnvelopeLayout.headerLength(algorithm, deviceIdBytes.length);
  }

  /** Writes the header at the start of {@code envelope}; returns its length. */
  public int writeTo(byte[] envelope) {
    envelope[0] = (byte) EnvelopeLayout.VERSION;
    envelope[1] = (byte) algorithm.id();
    envelope[2] = (byte) deviceIdBytes.length;
    System.arraycopy(deviceIdBytes, 0, envelope, 3, deviceIdBytes.length);
    int at = 3 + deviceIdBytes.length;
    EnvelopeLayout.putLong(envelope, at, masterKeyId.getMostSignificantBits());
    EnvelopeLayout.putLong(envelope, at + 8, masterKeyId.getLeastSignificantBits());
    epoch.writeTo(envelope, at + 16);
    EnvelopeLayout.putLong(envelope, at + 32, sequence);
    algorithm.writeNonce(sequence, envelope, at + 40);
    return at + 40 + algorithm.nonceLength();
  }

  @Override
  public String toString() {
    return "EnvelopeHeader["
        + algorithm
        + ", device "
        + deviceId
        + ", key "
        + masterKeyId
        + ", "
        + epoch
        + ", sequence "
        + sequence
        + "]";
  }
}
