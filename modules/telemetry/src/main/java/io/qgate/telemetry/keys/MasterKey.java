package io.qgate.telemetry.keys;

import java.util.Objects;
import java.util.UUID;
import javax.security.auth.Destroyable;

/**
 * A gateway's master key, drawn from a QKD key pool: the pool's key id, the secret (HKDF input
 * keying material) and this master key's HKDF salt. The salt is not secret (RFC 5869 §3.1): it
 * travels with the key id to every consumer of the gateway's device keys; 32 random bytes are the
 * usual choice. {@link #destroy()} zeroises the secret.
 */
public final class MasterKey implements Destroyable {

  /** The shortest secret accepted, in bytes (128 bits). */
  public static final int MIN_SECRET_LENGTH = 16;

  private final UUID keyId;
  private final KeyMaterial secret;
  private final byte[] salt;

  /**
   * @param secret taken over: destroying this master key destroys it
   * @param salt copied; may be empty (RFC 5869 then uses HashLen zeros)
   */
  public MasterKey(UUID keyId, KeyMaterial secret, byte[] salt) {
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "master key of " + secret.length() + " bytes, at least " + MIN_SECRET_LENGTH + " needed");
    }
    this.secret = secret;
    this.salt = salt.clone();
  }

  public UUID keyId() {
    return keyId;
  }

  public KeyMaterial secret() {
    return secret;
  }

  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public void destroy() {
    secret.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return secret.isDestroyed();
  }

  @Override
  public String toString() {
    return "MasterKey[" + keyId + ", " + secret.length() * 8 + " bits]";
  }
}
