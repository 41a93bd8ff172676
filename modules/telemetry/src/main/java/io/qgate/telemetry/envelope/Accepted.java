package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.Epoch;
import java.util.UUID;

/**
 * An authentic record: every field below was authenticated by the tag, together with the topic. The
 * payload array is the caller's (a fresh one per open).
 *
 * @param deviceId the device the gateway sealed it for
 * @param sequence the device's sequence number, unique per device
 * @param masterKeyId the gateway master key its device key derives from
 * @param epoch the device-key epoch
 * @param algorithm the AEAD algorithm
 * @param payload the plaintext
 */
public record Accepted(
    String deviceId,
    long sequence,
    UUID masterKeyId,
    Epoch epoch,
    Algorithm algorithm,
    byte[] payload)
    implements OpenResult {

  @Override
  public String toString() {
    return "Accepted[device "
        + deviceId
        + ", sequence "
        + sequence
        + ", key "
        + masterKeyId
        + ", "
        + epoch
        + ", "
        + algorithm
        + ", "
        + payload.length
        + " payload bytes]";
  }
}
