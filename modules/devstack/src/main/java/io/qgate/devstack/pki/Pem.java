package io.qgate.devstack.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM encoding of certificates and PKCS#8 private keys ({@code BEGIN PRIVATE KEY}). */
final class Pem {

  private static final Pattern PRIVATE_KEY =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
  private static final Base64.Encoder ENCODER =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private Pem() {}

  static String certificate(X509Certificate certificate) {
    try {
      return block("CERTIFICATE", certificate.getEncoded());
    } catch (CertificateException e) {
      throw new IllegalStateException("Cannot encode " + certificate.getSubjectX500Principal(), e);
    }
  }

  /** PKCS#8, unencrypted: what {@link PrivateKey#getEncoded()} returns for the JDK's keys. */
  static String privateKey(PrivateKey key) {
    if (!"PKCS#8".equals(key.getFormat())) {
      throw new IllegalArgumentException("Not a PKCS#8 key: " + key.getFormat());
    }
    return block("PRIVATE KEY", key.getEncoded());
  }

  /** The certificates in a PEM file, in file order; fails if there are none. */
  static List<X509Certificate> readCertificates(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certificates = new ArrayList<>();
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
      if (certificates.isEmpty()) {
        throw new IOException("No certificate in " + file);
      }
      return certificates;
    } catch (CertificateException e) {
      throw new IOException("Not a PEM certificate: " + file, e);
    }
  }

  static X509Certificate readCertificate(Path file) throws IOException {
    return readCertificates(file).get(0);
  }

  /** An unencrypted PKCS#8 EC or RSA key. */
  static PrivateKey readPrivateKey(Path file) throws IOException {
    Matcher matcher = PRIVATE_KEY.matcher(Files.readString(file, StandardCharsets.US_ASCII));
    if (!matcher.find()) {
      throw new IOException("No PKCS#8 private key (BEGIN PRIVATE KEY) in " + file);
    }
    byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
    for (String algorithm : List.of("EC", "RSA")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IOException("Unsupported private key (EC or RSA expected) in " + file);
  }

  private static String block(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + ENCODER.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
