package io.qgate.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 (RFC 8032) signatures over checkpoints, with the JDK's own provider. */
public final class Ed25519 {

  private Ed25519() {}

  public static byte[] sign(PrivateKey key, byte[] content) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(content);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with Ed25519: " + e.getMessage(), e);
    }
  }

  /** False for a wrong signature and for a key that is not an Ed25519 public key. */
  public static boolean verify(byte[] publicKeyX509, byte[] content, byte[] signatureBytes) {
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyX509));
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(content);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The public key as PEM ("BEGIN PUBLIC KEY"), the form auditors pin and tools read. */
  public static String publicKeyPem(byte[] publicKeyX509) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKeyX509)
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The id under which a public key is registered: SHA-256 of its X.509 encoding, in hex. */
  public static String keyId(byte[] publicKeyX509) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyX509));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
