package io.qgate.telemetry.keys;

import java.nio.charset.StandardCharsets;

/**
 * The HKDF {@code info} of a device key (RFC 5869 §2.3), an injective encoding of (device id,
 * epoch, purpose). Byte layout:
 *
 * <pre>
 * info = len(id) ‖ id ‖ period ‖ generation ‖ len(purpose) ‖ purpose
 *
 *   len(x)      2 bytes, unsigned big-endian: the number of bytes of x, 1 to 65535
 *   id          the device id in UTF-8
 *   period      8 bytes, big-endian: {@link Epoch#period()}
 *   generation  8 bytes, big-endian: {@link Epoch#generation()}
 *   purpose     the purpose in UTF-8, e.g. "telemetry-aead"
 * </pre>
 *
 * <p>Total length 2 + |id| + 16 + 2 + |purpose| bytes. Read from the left, each length prefix says
 * where its field ends and the epoch has a fixed length, so the bytes determine the triple: no two
 * triples share an info ("ab" ‖ "c" and "a" ‖ "bc" differ in their prefixes).
 */
public final class DeviceKeyInfo {

  /** The longest id or purpose, in UTF-8 bytes. */
  public static final int MAX_FIELD_LENGTH = 0xFFFF;

  private DeviceKeyInfo() {}

  /** The info bytes of (deviceId, epoch, purpose). */
  public static byte[] encode(String deviceId, Epoch epoch, String purpose) {
    byte[] id = field("device id", deviceId);
    byte[] use = field("purpose", purpose);
    byte[] info = new byte[2 + id.length + Epoch.ENCODED_LENGTH + 2 + use.length];
    int at = put(info, 0, id);
    epoch.writeTo(info, at);
    put(info, at + Epoch.ENCODED_LENGTH, use);
    return info;
  }

  private static byte[] field(String name, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0 || bytes.length > MAX_FIELD_LENGTH) {
      throw new IllegalArgumentException(
          name + " must have 1 to " + MAX_FIELD_LENGTH + " UTF-8 bytes, has " + bytes.length);
    }
    return bytes;
  }

  private static int put(byte[] target, int offset, byte[] field) {
    target[offset] = (byte) (field.length >>> 8);
    target[offset + 1] = (byte) field.length;
    System.arraycopy(field, 0, target, offset + 2, field.length);
    return offset + 2 + field.length;
  }
}
