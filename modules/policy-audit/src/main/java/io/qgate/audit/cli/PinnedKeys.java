package io.qgate.audit.cli;

import io.qgate.audit.domain.Ed25519;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ed25519 public keys an auditor pins from PEM files ({@code -----BEGIN PUBLIC KEY-----}, X.509
 * SubjectPublicKeyInfo), by key id.
 */
final class PinnedKeys {

  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PinnedKeys() {}

  /**
   * @throws IllegalArgumentException naming the file if one cannot be read or holds no Ed25519
   *     public key
   */
  static Map<String, byte[]> read(List<Path> files) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (Path file : files) {
      byte[] der = read(file);
      keys.put(Ed25519.keyId(der), der);
    }
    return keys;
  }

  static byte[] read(Path file) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--public-key " + file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException("--public-key " + file + ": cannot read it: " + e);
    }
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "--public-key " + file + ": not a PEM public key (" + BEGIN + " ... " + END + ")");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--public-key " + file + ": the PEM body is not Base64");
    }
    try {
      // Re-encoded, so the key id is the one the signer registered for the same key.
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(der))
          .getEncoded();
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("--public-key " + file + ": not an Ed25519 public key");
    }
  }
}
