package io.qgate.telemetry.keys;

import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * Secret key bytes that their holder must zeroise: {@link #destroy()} (or {@link #close()}, for
 * try-with-resources) overwrites them with zeros, after which every read throws. {@link
 * #toString()} shows the length only, never the bytes. Equality is identity; compare contents with
 * {@link #sameAs}, which takes constant time.
 */
public final class KeyMaterial implements Destroyable, AutoCloseable {

  private final byte[] bytes;
  private volatile boolean destroyed;

  private KeyMaterial(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Takes ownership of {@code bytes}: the caller must not use or zeroise them any more. */
  public static KeyMaterial wrap(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("key material must not be empty");
    }
    return new KeyMaterial(bytes);
  }

  /** Copies {@code bytes}; the caller still owns (and zeroises) its array. */
  public static KeyMaterial copyOf(byte[] bytes) {
    return wrap(bytes.clone());
  }

  /** Copies {@code length} bytes from {@code offset}. */
  public static KeyMaterial copyOf(byte[] bytes, int offset, int length) {
    return wrap(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the bytes, which the caller must zeroise. */
  public byte[] bytes() {
    checkAlive();
    return bytes.clone();
  }

  /** Copies the bytes into {@code target} at {@code offset}, without a temporary array. */
  public void copyTo(byte[] target, int offset) {
    checkAlive();
    System.arraycopy(bytes, 0, target, offset, bytes.length);
  }

  /** True if both hold the same bytes; constant time for equal lengths. */
  public boolean sameAs(KeyMaterial other) {
    checkAlive();
    other.checkAlive();
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
    destroyed = true;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public void close() {
    destroy();
  }

  @Override
  public String toString() {
    return destroyed ? "KeyMaterial[destroyed]" : "KeyMaterial[" + bytes.length + " bytes]";
  }

  private void checkAlive() {
    if (destroyed) {
      throw new IllegalStateException("key material was destroyed");
    }
  }
}
