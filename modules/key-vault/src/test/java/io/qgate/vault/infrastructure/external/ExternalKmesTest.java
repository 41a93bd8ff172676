package io.qgate.vault.infrastructure.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.TestDirectories;
import io.qgate.devstack.pki.DevPki;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which links the external-KMEs file takes from simulation, and what it logs (once). */
class ExternalKmesTest {

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(ExternalKmes.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void capture() {
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
  }

  @Test
  void withoutAFileNoLinkIsExternal() {
    ExternalKmes kmes = new ExternalKmes();
    kmes.file = Optional.of(" ");
    kmes.load();

    assertThat(kmes.configuresAny()).isFalse();
    assertThat(kmes.configures("link-a")).isFalse();
    assertThat(logged).isEmpty();
  }

  @Test
  void aBadEntryKeepsItsLinkFromSimulationAndTheGoodOneRuns() throws Exception {
    Path dir = TestDirectories.newDirectory("kmes-bean-");
    ExternalKmesFileTest.pki();
    Map<String, Object> bad = ExternalKmesFileTest.link("link-bad");
    bad.put("batch", -1);
    Path file = dir.resolve("kmes.json");
    Files.writeString(
        file,
        Json.createObjectBuilder(Map.of("links", List.of(ExternalKmesFileTest.link("link-a"), bad)))
            .build()
            .toString());
    ExternalKmes kmes = new ExternalKmes();
    kmes.file = Optional.of(file.toString());

    kmes.load(file, Map.of("KME_PASSWORD", DevPki.STORE_PASSWORD)::get);

    assertThat(kmes.configuresAny()).isTrue();
    assertThat(kmes.configures("link-a")).isTrue();
    assertThat(kmes.source("link-a")).isPresent();
    assertThat(kmes.configures("link-bad")).isTrue();
    assertThat(kmes.source("link-bad")).isEmpty();
    assertThat(kmes.configures("link-simulated")).isFalse();
    assertThat(logged)
        .filteredOn(r -> r.getLevel() == Level.SEVERE)
        .singleElement()
        .extracting(LogRecord::getMessage)
        .asString()
        .startsWith("External KMEs: " + file + ": links[1].batch: must be a whole number")
        .endsWith("; that link is not run");

    logged.clear();
    kmes.checkRegistered(List.of("link-simulated"));
    kmes.checkRegistered(List.of("link-simulated"));
    assertThat(logged)
        .singleElement()
        .extracting(LogRecord::getMessage)
        .isEqualTo(
            "External KMEs: "
                + file
                + ": links[0].linkId: link-a is not a link of the network registry; it is not run"
                + " until it is registered");
  }
}
