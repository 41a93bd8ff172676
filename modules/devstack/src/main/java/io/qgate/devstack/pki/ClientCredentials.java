package io.qgate.devstack.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The files of one SAE's TLS client certificate.
 *
 * @param saeId the SAE id, also the certificate's subject CN
 * @param certificate {@code <id>.pem}
 * @param privateKey {@code <id>-key.pem}, PKCS#8, mode 600
 * @param keyStore {@code <id>.p12}: key and chain under the alias {@code <id>}, password {@link
 *     DevPki#STORE_PASSWORD}, mode 600
 * @param caCertificate {@code ca.pem} beside them
 * @param issued true if this call issued the certificate, false if it kept an existing one
 */
public record ClientCredentials(
    String saeId,
    Path certificate,
    Path privateKey,
    Path keyStore,
    Path caCertificate,
    boolean issued) {

  static ClientCredentials in(Path dir, String saeId, boolean issued) {
    return new ClientCredentials(
        saeId,
        dir.resolve(saeId + ".pem"),
        dir.resolve(saeId + "-key.pem"),
        dir.resolve(saeId + ".p12"),
        dir.resolve("ca.pem"),
        issued);
  }

  /** The password of {@link #keyStore()}. */
  public char[] keyStorePassword() {
    return DevPki.STORE_PASSWORD.toCharArray();
  }

  /** Reads {@link #certificate()}. */
  public X509Certificate readCertificate() {
    try {
      return Pem.readCertificate(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
