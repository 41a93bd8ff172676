package io.qgate.devstack.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.devstack.TestDirectories;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DevPkiTest {

  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

  private Path dir;

  @BeforeEach
  void newDirectory() throws Exception {
    dir = TestDirectories.newDirectory("pki-").resolve("pki");
  }

  @Test
  void createsACaThatSignsServerAndClientCertificates() throws Exception {
    DevPki pki = DevPki.ensure(dir);

    X509Certificate ca = Pem.readCertificate(dir.resolve("ca.pem"));
    assertThat(pki.caCertificate()).isEqualTo(ca);
    ca.verify(ca.getPublicKey());
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(ca.getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(ca.getNotAfter().getTime() - ca.getNotBefore().getTime())
        .isGreaterThan(DevPki.CA_VALIDITY.toMillis());

    X509Certificate server = Pem.readCertificate(dir.resolve("kme-server.pem"));
    assertValidChain(server, ca);
    assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
    assertThat(server.getBasicConstraints()).isEqualTo(-1);
    List<String> sans = new ArrayList<>();
    server.getSubjectAlternativeNames().forEach(san -> sans.add(String.valueOf(san.get(1))));
    assertThat(sans)
        .contains("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1")
        .containsAll(DevPki.serverDnsNames());

    for (String sae : DevPki.DEMO_SAES) {
      X509Certificate client = Pem.readCertificate(dir.resolve(sae + ".pem"));
      assertValidChain(client, ca);
      assertThat(client.getSubjectX500Principal().getName()).isEqualTo("CN=" + sae);
      assertThat(client.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
      assertThat(client.getKeyUsage()[0]).as("digitalSignature").isTrue();
      PrivateKey key = Pem.readPrivateKey(dir.resolve(sae + "-key.pem"));
      assertThat(Files.readString(dir.resolve(sae + "-key.pem")))
          .startsWith("-----BEGIN PRIVATE KEY-----");

      KeyStore p12 = load(dir.resolve(sae + ".p12"));
      assertThat(p12.getKey(sae, "changeit".toCharArray())).isEqualTo(key);
      assertThat(p12.getCertificateChain(sae)).containsExactly(client, ca);
    }

    KeyStore serverStore = load(pki.serverKeyStore());
    assertThat(serverStore.isKeyEntry(DevPki.SERVER_ALIAS)).isTrue();
    assertThat(serverStore.getCertificateChain(DevPki.SERVER_ALIAS)).containsExactly(server, ca);
    KeyStore trustStore = load(pki.trustStore());
    assertThat(trustStore.size()).isEqualTo(1);
    assertThat(trustStore.getCertificate(DevPki.CA_ALIAS)).isEqualTo(ca);
  }

  @Test
  void privateKeysAndKeyStoresAreOwnerOnly() throws Exception {
    DevPki.ensure(dir);

    List<String> privateFiles = new ArrayList<>(List.of("ca-key.pem", "kme-server-key.pem"));
    privateFiles.add("kme-server.p12");
    for (String sae : DevPki.DEMO_SAES) {
      privateFiles.add(sae + "-key.pem");
      privateFiles.add(sae + ".p12");
    }
    for (String file : privateFiles) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
          .as(file)
          .isEqualTo("rw-------");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ca.pem"))))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
  }

  @Test
  void secondCallReusesEveryFile() throws Exception {
    DevPki first = DevPki.ensure(dir);
    assertThat(first.written()).isNotEmpty();
    Map<Path, byte[]> before = contents();

    DevPki second = DevPki.ensure(dir);

    assertThat(second.written()).isEmpty();
    assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
    Map<Path, byte[]> after = contents();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach(
        (file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
  }

  @Test
  void aMissingStoreIsRebuiltFromTheKeptKey() throws Exception {
    DevPki.ensure(dir);
    byte[] certificate = Files.readAllBytes(dir.resolve("sae-plant-1.pem"));
    Files.delete(dir.resolve("sae-plant-1.p12"));

    DevPki again = DevPki.ensure(dir);

    assertThat(again.written()).containsExactly(dir.resolve("sae-plant-1.p12"));
    assertThat(dir.resolve("sae-plant-1.pem")).hasBinaryContent(certificate);
    assertThat(load(dir.resolve("sae-plant-1.p12")).getKey("sae-plant-1", "changeit".toCharArray()))
        .isEqualTo(Pem.readPrivateKey(dir.resolve("sae-plant-1-key.pem")));
  }

  @Test
  void aLostCaKeyMeansANewCaAndNewCertificates() throws Exception {
    DevPki first = DevPki.ensure(dir);
    Files.delete(dir.resolve("ca-key.pem"));

    DevPki second = DevPki.ensure(dir);

    assertThat(second.caCertificate()).isNotEqualTo(first.caCertificate());
    X509Certificate client = Pem.readCertificate(dir.resolve("sae-grid-1.pem"));
    assertValidChain(client, second.caCertificate());
    assertThat(load(second.trustStore()).getCertificate(DevPki.CA_ALIAS))
        .isEqualTo(second.caCertificate());
  }

  @Test
  void otherFilesInTheDirectoryAreLeftAlone() throws Exception {
    Files.createDirectories(dir);
    Path auditKey = dir.resolve("audit-signing-key.pem");
    Files.writeString(auditKey, "not ours");

    DevPki.ensure(dir);

    assertThat(auditKey).hasContent("not ours");
  }

  @Test
  void issuesAClientCertificateIntoAnotherDirectoryOnce() throws Exception {
    DevPki pki = DevPki.ensure(dir);
    Path out = dir.resolveSibling("out");

    ClientCredentials issued = pki.issueClient("sae-lab.7_x", out);

    assertThat(issued.issued()).isTrue();
    assertThat(issued.certificate()).isEqualTo(out.resolve("sae-lab.7_x.pem"));
    assertThat(issued.privateKey()).isEqualTo(out.resolve("sae-lab.7_x-key.pem"));
    assertThat(issued.keyStore()).isEqualTo(out.resolve("sae-lab.7_x.p12"));
    assertThat(out.resolve("ca.pem")).hasSameBinaryContentAs(dir.resolve("ca.pem"));
    X509Certificate certificate = issued.readCertificate();
    assertValidChain(certificate, pki.caCertificate());
    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=sae-lab.7_x");
    assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(issued.privateKey())))
        .isEqualTo("rw-------");

    ClientCredentials again = pki.issueClient("sae-lab.7_x", out);
    assertThat(again.issued()).isFalse();
    assertThat(again.readCertificate()).isEqualTo(certificate);
  }

  @Test
  void saeIdsAreChecked() {
    assertThat(DevPki.isValidSaeId("sae-grid-1")).isTrue();
    assertThat(DevPki.isValidSaeId("A")).isTrue();
    assertThat(DevPki.isValidSaeId("a".repeat(64))).isTrue();
    for (String bad : new String[] {"", "a".repeat(65), "-sae", ".sae", "sae/1", "sae 1", "CN=x"}) {
      assertThat(DevPki.isValidSaeId(bad)).as(bad).isFalse();
    }
    assertThat(DevPki.isValidSaeId(null)).isFalse();
    DevPki pki = DevPki.ensure(dir);
    assertThatThrownBy(() -> pki.issueClient("../evil", dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../evil");
  }

  @Test
  void payaraArgumentsEnableTheHttpsListenerWithClientCertificates() throws Exception {
    List<String> arguments = TlsServerOptions.payaraArguments(dir, 9443);

    Path properties = dir.resolve(TlsServerOptions.SYSTEM_PROPERTIES_FILE);
    Path preboot = dir.resolve(TlsServerOptions.PREBOOT_COMMAND_FILE);
    assertThat(arguments)
        .containsExactly(
            "--sslport",
            "9443",
            "--sslcert",
            "kme-server",
            "--systemproperties",
            properties.toString(),
            "--prebootcommandfile",
            preboot.toString());
    assertThat(dir.resolve("kme-server.p12")).exists();
    assertThat(Files.readAllLines(preboot)).isEqualTo(TlsServerOptions.prebootCommands());
    assertThat(TlsServerOptions.prebootCommands())
        .contains(
            "set configs.config.server-config.network-config.protocols.protocol.https-listener"
                + ".ssl.client-auth=need");
    java.util.Properties written = new java.util.Properties();
    try (InputStream in = Files.newInputStream(properties)) {
      written.load(in);
    }
    assertThat(written)
        .containsEntry(
            TlsServerOptions.KEY_STORE_PROPERTY, dir.resolve("kme-server.p12").toString())
        .containsEntry(
            TlsServerOptions.TRUST_STORE_PROPERTY, dir.resolve("truststore.p12").toString())
        .containsEntry(TlsServerOptions.KEY_STORE_PASSWORD_PROPERTY, "changeit");
    long modified = Files.getLastModifiedTime(properties).toMillis();
    byte[] propertiesBefore = Files.readAllBytes(properties);
    Thread.sleep(20);
    assertThat(TlsServerOptions.payaraArguments(dir, 9443)).isEqualTo(arguments);
    assertThat(properties).hasBinaryContent(propertiesBefore);
    assertThat(Files.getLastModifiedTime(properties).toMillis()).isEqualTo(modified);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties)))
        .isEqualTo("rw-------");
    assertThat(TlsServerOptions.jvmArguments(dir))
        .contains("-Dqgate.mtls.keyStore=" + dir.resolve("kme-server.p12"));
  }

  private static void assertValidChain(X509Certificate leaf, X509Certificate ca) throws Exception {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    CertPath path = factory.generateCertPath(List.of(leaf));
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX").validate(path, parameters);
  }

  private static KeyStore load(Path p12) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      store.load(in, "changeit".toCharArray());
    }
    return store;
  }

  private Map<Path, byte[]> contents() throws Exception {
    Map<Path, byte[]> contents = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals(".lock")).toList()) {
        contents.put(file, Files.readAllBytes(file));
      }
    }
    return contents;
  }
}
