package io.qgate.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateLayoutTest {

  @TempDir Path home;

  @Test
  void rotatingKeepsExactlyThePreviousServerLog() throws Exception {
    StateLayout layout = new StateLayout(home);
    layout.createDirectories();
    Path log = layout.payaraLog();
    Path previous = log.resolveSibling("payara.log.1");

    layout.rotatePayaraLog();
    assertThat(previous).doesNotExist();

    Files.writeString(log, "first run\n");
    layout.rotatePayaraLog();
    Files.writeString(log, "second run\n");
    layout.rotatePayaraLog();

    assertThat(log).doesNotExist();
    assertThat(previous).hasContent("second run");
  }

  @Test
  void wipeDeletesKeycloakDataButKeepsItsDistributionAndThePki() throws Exception {
    StateLayout layout = new StateLayout(home);
    layout.createDirectories();
    Path kcSh = Files.createDirectories(layout.keycloak().resolve("bin")).resolve("kc.sh");
    Files.writeString(kcSh, "#!/bin/sh\n");
    Path realmDatabase =
        Files.createDirectories(layout.keycloak().resolve("data/h2")).resolve("keycloakdb.mv.db");
    Files.writeString(realmDatabase, "realm qgate");
    Path ca = Files.createDirectories(layout.pki()).resolve("ca.pem");
    Files.writeString(ca, "ca");

    layout.wipe();

    assertThat(layout.keycloak().resolve("data")).doesNotExist();
    assertThat(kcSh).exists();
    assertThat(ca).exists();
    assertThat(layout.postgresData()).doesNotExist();
  }
}
