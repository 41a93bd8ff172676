package io.qgate.telemetry.keys;

import java.util.Arrays;
import java.util.UUID;
import javax.security.auth.Destroyable;

/**
 * Derives per-device keys from a gateway {@link MasterKey} with HKDF-SHA-256 (RFC 5869): the
 * extract step runs once, here, and each device key is one expand step.
 *
 * <pre>
 * PRK        = HKDF-Extract(salt of the master key, master key)
 * device key = HKDF-Expand(PRK, info, L)      L = 32 bytes by default
 * info       = [|id|]₁₆ ‖ id ‖ [period]₆₄ ‖ [generation]₆₄ ‖ [|purpose|]₁₆ ‖ purpose
 * </pre>
 *
 * <p>{@code [n]ₖ} is n as a k-bit big-endian integer, id and purpose are UTF-8 and |x| counts
 * bytes; {@link DeviceKeyInfo} has the details.
 *
 * <p>Not thread-safe (one {@link javax.crypto.Mac} keyed with the PRK): keep one per thread;
 * creating one costs one HMAC (the extract). {@link #destroy()} when the master key retires.
 */
public final class DeviceKeyDeriver implements Destroyable {

  /** Bytes of a device key unless asked otherwise (AES-256, ChaCha20-Poly1305). */
  public static final int DEFAULT_KEY_LENGTH = 32;

  private final UUID masterKeyId;
  private final HkdfExpander expander;

  private DeviceKeyDeriver(UUID masterKeyId, HkdfExpander expander) {
    this.masterKeyId = masterKeyId;
    this.expander = expander;
  }

  /** A deriver for {@code masterKey}, which stays the caller's to destroy. */
  public static DeviceKeyDeriver of(MasterKey masterKey) {
    byte[] ikm = masterKey.secret().bytes();
    byte[] prk = HkdfSha256.extract(masterKey.salt(), ikm);
    try {
      return new DeviceKeyDeriver(masterKey.keyId(), new HkdfExpander(prk));
    } finally {
      Arrays.fill(ikm, (byte) 0);
      Arrays.fill(prk, (byte) 0);
    }
  }

  public UUID masterKeyId() {
    return masterKeyId;
  }

  /** The {@value #DEFAULT_KEY_LENGTH}-byte key of a device for an epoch and purpose. */
  public KeyMaterial derive(String deviceId, Epoch epoch, String purpose) {
    return derive(deviceId, epoch, purpose, DEFAULT_KEY_LENGTH);
  }

  /**
   * The {@code length}-byte key of a device for an epoch and purpose. The length is not part of the
   * info: a shorter key is a prefix of a longer one, so give each purpose one fixed length.
   */
  public KeyMaterial derive(String deviceId, Epoch epoch, String purpose, int length) {
    if (length < 1 || length > HkdfSha256.MAX_OUTPUT_LENGTH) {
      throw new IllegalArgumentException(
          "key length " + length + " out of 1.." + HkdfSha256.MAX_OUTPUT_LENGTH);
    }
    byte[] info = DeviceKeyInfo.encode(deviceId, epoch, purpose);
    byte[] key = new byte[length];
    expander.expand(info, info.length, key, length);
    return KeyMaterial.wrap(key);
  }

  @Override
  public void destroy() {
    expander.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return expander.isDestroyed();
  }

  @Override
  public String toString() {
    return "DeviceKeyDeriver[master key " + masterKeyId + "]";
  }
}
