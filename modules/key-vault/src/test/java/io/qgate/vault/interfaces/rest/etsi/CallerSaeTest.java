package io.qgate.vault.interfaces.rest.etsi;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.pki.DevPki;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caller is the CN of the verified client certificate, remembered per certificate. */
class CallerSaeTest {

  @TempDir static Path dir;
  private static X509Certificate gridCertificate;
  private static X509Certificate coreCertificate;

  @BeforeAll
  static void issue() {
    DevPki pki = DevPki.ensure(dir);
    gridCertificate = pki.issueClient("sae-batch-grid", dir).readCertificate();
    coreCertificate = pki.issueClient("sae-batch-core", dir).readCertificate();
  }

  @Test
  void theCallerIsTheCommonNameOfTheFirstCertificateOfTheChain() {
    assertThat(CallerSae.of(requestWith(gridCertificate))).isEqualTo("sae-batch-grid");
    assertThat(CallerSae.of(requestWith(coreCertificate))).isEqualTo("sae-batch-core");
  }

  @Test
  void theSameCertificateDecodedAgainNamesTheSameCallerAndNoOther() throws Exception {
    // The container decodes the client chain anew for every request.
    X509Certificate again =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(gridCertificate.getEncoded()));
    assertThat(again).isNotSameAs(gridCertificate);
    assertThat(CallerSae.of(requestWith(gridCertificate))).isEqualTo("sae-batch-grid");
    assertThat(CallerSae.of(requestWith(again))).isEqualTo("sae-batch-grid");
    assertThat(CallerSae.of(requestWith(coreCertificate))).isEqualTo("sae-batch-core");
  }

  @Test
  void withoutAVerifiedCertificateThereIsNoCaller() {
    assertThat(CallerSae.of(requestWith((X509Certificate[]) null))).isNull();
    assertThat(CallerSae.of(requestWith(new X509Certificate[0]))).isNull();
  }

  private static HttpServletRequest requestWith(X509Certificate certificate) {
    return requestWith(certificate == null ? null : new X509Certificate[] {certificate});
  }

  private static HttpServletRequest requestWith(X509Certificate[] chain) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            CallerSaeTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getAttribute")
                        && "jakarta.servlet.request.X509Certificate".equals(args[0])
                    ? chain
                    : null);
  }
}
