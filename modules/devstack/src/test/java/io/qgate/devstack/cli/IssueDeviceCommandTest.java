package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.TestDirectories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code pki issue-device}: a device's client certificate from the dev CA, nothing registered. */
class IssueDeviceCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path home;

  @BeforeEach
  void newHome() throws Exception {
    home = TestDirectories.newDirectory("home-");
  }

  @Test
  void issuesACertificateWhoseCnIsTheDeviceId() throws Exception {
    assertThat(run("pki", "issue-device", "--device-id", "pmu-7", "--out", "certs")).isEqualTo(0);

    assertThat(err()).isEmpty();
    assertThat(out()).contains("Issued certificate for device pmu-7", "POST /api/v1/devices");
    for (String file : List.of("pmu-7.pem", "pmu-7-key.pem", "pmu-7.p12", "ca.pem")) {
      assertThat(home.resolve("certs").resolve(file)).isRegularFile();
    }
    X509Certificate certificate;
    try (var in = Files.newInputStream(home.resolve("certs/pmu-7.pem"))) {
      certificate =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=pmu-7");
  }

  @Test
  void anInvalidDeviceIdIsBadUsageAndWritesNothing() {
    assertThat(run("pki", "issue-device", "--device-id", "PMU 7", "--out", "certs")).isEqualTo(2);

    assertThat(err())
        .isEqualTo("qgate: invalid device id 'PMU 7': expected [a-z0-9][a-z0-9-]{0,62}\n");
    assertThat(home.resolve(".qgate/pki")).doesNotExist();
    assertThat(home.resolve("certs")).doesNotExist();
  }

  private int run(String... args) {
    CliContext context =
        new CliContext(
            home,
            home.resolve("missing/qgate.war"),
            home.resolve("missing/payara-micro.jar"),
            home.resolve("missing/keycloak.zip"),
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return QgateCli.execute(context, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
