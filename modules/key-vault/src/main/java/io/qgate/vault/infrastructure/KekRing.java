package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.KeyWrapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys, read from {@code QGATE_KEK_FILE}: one {@code <id> <base64 of 32 bytes>}
 * per line, the first line the KEK new material is wrapped under, the others older KEKs kept to
 * unwrap until a rewrap has moved everything. A missing file is created with one random KEK (mode
 * 600). Wrapped value: 12-byte random nonce ‖ AES-256-GCM ciphertext ‖ 16-byte tag, with the key's
 * id as associated data (NIST SP 800-38D).
 */
public final class KekRing implements KeyWrapping {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  // Per thread: a shared SecureRandom is synchronized, and Cipher.getInstance walks the providers
  // (5 % of an enc_keys request's CPU when every wrap and unwrap called it). A Cipher
  // re-initialised
  // with a fresh nonce for every wrap is safe to reuse.
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);
  private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(KekRing::newCipher);

  private final Map<String, SecretKeySpec> keks;
  private final String current;

  private KekRing(Map<String, SecretKeySpec> keks) {
    this.keks = keks;
    this.current = keks.keySet().iterator().next();
  }

  /** The ring of {@code file}, creating it if missing; empty if no file is configured. */
  public static Optional<KekRing> load(Optional<Path> file) {
    return file.map(KekRing::read);
  }

  private static KekRing read(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      Map<String, SecretKeySpec> keks = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+");
        byte[] key = parts.length == 2 ? decode(parts[1]) : new byte[0];
        if (key.length != 32 || !parts[0].matches("[A-Za-z0-9._-]{1,64}")) {
          throw new IllegalStateException(
              file + ": each line must be '<kek id> <base64 of 32 bytes>'; a line is not");
        }
        keks.put(parts[0], new SecretKeySpec(key, "AES"));
      }
      if (keks.isEmpty()) {
        throw new IllegalStateException(file + " holds no KEK");
      }
      return new KekRing(keks);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the KEK file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] key = new byte[32];
    RANDOM.get().nextBytes(key);
    Files.writeString(file, "", StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(
        file,
        "# qgate key-encryption keys: '<id> <base64>', the first wraps new keys\nkek-1 "
            + Base64.getEncoder().encodeToString(key)
            + "\n",
        StandardCharsets.US_ASCII);
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  @Override
  public Wrapped wrap(UUID id, byte[] material) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.get().nextBytes(nonce);
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, keks.get(current), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(id));
      byte[] sealed = cipher.doFinal(material);
      return new Wrapped(
          current, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM wrap failed", e);
    }
  }

  @Override
  public byte[] unwrap(UUID id, Wrapped wrapped) {
    SecretKeySpec kek = keks.get(wrapped.kekId());
    if (kek == null) {
      throw EtsiException.unavailable(
          "key " + id + " is wrapped under KEK " + wrapped.kekId() + ", which is not configured");
    }
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          kek,
          new GCMParameterSpec(TAG_BITS, wrapped.bytes(), 0, NONCE_BYTES));
      cipher.updateAAD(aad(id));
      return cipher.doFinal(wrapped.bytes(), NONCE_BYTES, wrapped.bytes().length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "key " + id + " does not unwrap: altered, or moved from another row");
    }
  }

  @Override
  public String currentKekId() {
    return current;
  }

  /** The KEK ids, current first. */
  @Override
  public List<String> kekIds() {
    return new ArrayList<>(keks.keySet());
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no AES/GCM/NoPadding", e);
    }
  }

  private static byte[] aad(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
