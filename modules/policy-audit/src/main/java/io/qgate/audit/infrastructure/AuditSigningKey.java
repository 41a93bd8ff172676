package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.Ed25519;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Ed25519 key that signs checkpoints. Read from a PKCS#8 PEM file, which is created (mode 600,
 * with the public key beside it as {@code .pub.pem}) if it does not exist; without a file the key
 * lives in memory only and a restart signs with a new one — still verifiable, because every public
 * key is registered with the trail, but an auditor cannot pin it in advance.
 */
public final class AuditSigningKey {

  private static final Logger LOG = Logger.getLogger(AuditSigningKey.class.getName());

  private final PrivateKey privateKey;
  private final byte[] publicKeyX509;
  private final String keyId;

  private AuditSigningKey(KeyPair pair) {
    this.privateKey = pair.getPrivate();
    this.publicKeyX509 = pair.getPublic().getEncoded();
    this.keyId = Ed25519.keyId(publicKeyX509);
  }

  public static AuditSigningKey load(Optional<Path> file) {
    if (file.isEmpty()) {
      LOG.warning(
          "No audit signing key file (QGATE_AUDIT_SIGNING_KEY_FILE): checkpoints are signed with a"
              + " key that lasts until restart");
      return new AuditSigningKey(generate());
    }
    Path path = file.get();
    try {
      if (Files.exists(path)) {
        return new AuditSigningKey(read(path));
      }
      KeyPair pair = generate();
      write(path, pair);
      LOG.info(() -> "Created audit signing key " + path);
      return new AuditSigningKey(pair);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use audit signing key " + path, e);
    }
  }

  public Checkpoint sign(long seq, byte[] hash, Instant at) {
    Checkpoint unsigned = new Checkpoint(seq, hash, at, keyId, new byte[0]);
    return new Checkpoint(
        seq, hash, unsigned.signedAt(), keyId, Ed25519.sign(privateKey, unsigned.signedContent()));
  }

  public byte[] publicKeyX509() {
    return publicKeyX509.clone();
  }

  public String keyId() {
    return keyId;
  }

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
    }
  }

  private static KeyPair read(Path path) throws IOException {
    String pem = Files.readString(path, StandardCharsets.US_ASCII);
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      PrivateKey privateKey =
          factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      Path publicFile = publicKeyFile(path);
      byte[] publicKey =
          Base64.getDecoder()
              .decode(
                  Files.readString(publicFile, StandardCharsets.US_ASCII)
                      .replaceAll("-----[A-Z ]+-----", "")
                      .replaceAll("\\s", ""));
      return new KeyPair(
          factory.generatePublic(new java.security.spec.X509EncodedKeySpec(publicKey)), privateKey);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          path + " and its .pub.pem are not an Ed25519 key pair in PEM", e);
    }
  }

  private static void write(Path path, KeyPair pair) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Files.writeString(path, "", StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(path, pem, StandardCharsets.US_ASCII);
    Files.writeString(
        publicKeyFile(path),
        Ed25519.publicKeyPem(pair.getPublic().getEncoded()),
        StandardCharsets.US_ASCII);
  }

  static Path publicKeyFile(Path privateKeyFile) {
    String name = privateKeyFile.getFileName().toString().replaceFirst("\\.pem$", "");
    return privateKeyFile.resolveSibling(name + ".pub.pem");
  }
}
