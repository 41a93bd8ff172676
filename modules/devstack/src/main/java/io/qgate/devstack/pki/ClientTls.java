package io.qgate.devstack.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS client contexts for talking to the ETSI 014 listener, e.g. {@code
 * HttpClient.newBuilder().sslContext(ClientTls.sslContext(p12, password, caPem))}.
 */
public final class ClientTls {

  private ClientTls() {}

  /**
   * A context that presents the client certificate in {@code p12} (PKCS#12, its only key entry) and
   * trusts only the certificates in {@code caPem}.
   */
  public static SSLContext sslContext(Path p12, char[] password, Path caPem) {
    try (InputStream in = Files.newInputStream(p12)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password);
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trustManagers(caPem).getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p12, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build a TLS context from " + p12, e);
    }
  }

  /** A context without a client certificate that trusts only the certificates in {@code caPem}. */
  public static SSLContext trustOnly(Path caPem) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trustManagers(caPem).getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build a TLS context trusting " + caPem, e);
    }
  }

  private static TrustManagerFactory trustManagers(Path caPem) throws GeneralSecurityException {
    List<X509Certificate> cas;
    try {
      cas = Pem.readCertificates(caPem);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + caPem, e);
    }
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try {
      trusted.load(null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < cas.size(); i++) {
      trusted.setCertificateEntry("ca-" + i, cas.get(i));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    return factory;
  }
}
