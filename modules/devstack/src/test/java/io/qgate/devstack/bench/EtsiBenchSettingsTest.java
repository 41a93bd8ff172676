package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.devstack.TestDirectories;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EtsiBenchSettingsTest {

  private Path pki;

  @BeforeEach
  void files() throws Exception {
    pki = TestDirectories.newDirectory("bench-pki-");
    for (String file : new String[] {"m.p12", "s.p12", "ca.pem"}) {
      Files.writeString(pki.resolve(file), "x");
    }
  }

  @Test
  void defaultsAreValid() {
    assertThat(settings(64, 30, 10, 256, 1, BenchMode.ENC).validate()).isNotNull();
    assertThat(settings(1, 1, 1, 64, 128, BenchMode.DEC).validate()).isNotNull();
    assertThat(settings(4096, 1, 0, 1024, 1, BenchMode.BOTH).validate()).isNotNull();
  }

  @Test
  void rejectsOutOfRangeNumbers() {
    assertBad(settings(0, 30, 10, 256, 1, BenchMode.ENC))
        .hasMessage("--clients must be 1 to 4096, got 0");
    assertBad(settings(64, 0, 10, 256, 1, BenchMode.ENC))
        .hasMessage("--seconds must be 1 to 86400, got 0");
    assertBad(settings(64, 30, -1, 256, 1, BenchMode.ENC))
        .hasMessage("--warmup must be 0 to 86400, got -1");
    assertBad(settings(64, 30, 0, 256, 1, BenchMode.DEC))
        .hasMessageContaining("--warmup must be at least 1");
    assertBad(settings(64, 30, 10, 260, 1, BenchMode.ENC))
        .hasMessage("--size must be a multiple of 8 from 64 to 1024 bits, got 260");
    assertBad(settings(64, 30, 10, 2048, 1, BenchMode.ENC)).hasMessageContaining("got 2048");
    assertBad(settings(64, 30, 10, 256, 129, BenchMode.ENC))
        .hasMessage("--number must be 1 to 128, got 129");
  }

  @Test
  void certificatesMustExistForTheSaesThatAreUsed() throws Exception {
    Files.delete(pki.resolve("s.p12"));

    assertThat(settings(8, 5, 1, 256, 1, BenchMode.ENC).validate()).isNotNull();
    assertBad(settings(8, 5, 1, 256, 1, BenchMode.DEC))
        .hasMessageStartingWith("missing client certificate of sae-core-1: ")
        .hasMessageContaining("s.p12");

    Files.delete(pki.resolve("ca.pem"));
    assertBad(settings(8, 5, 1, 256, 1, BenchMode.ENC))
        .hasMessageStartingWith("missing CA certificate");
  }

  @Test
  void saeIdsMustBeValidAndDiffer() {
    EtsiBenchSettings same =
        new EtsiBenchSettings(
            URI.create("https://localhost:8443"),
            1,
            Duration.ZERO,
            Duration.ofSeconds(1),
            256,
            1,
            BenchMode.ENC,
            "sae-a",
            "sae-a",
            pki.resolve("m.p12"),
            pki.resolve("s.p12"),
            pki.resolve("ca.pem"),
            "changeit".toCharArray());
    assertBad(same).hasMessage("master and slave SAE must differ, both are sae-a");
  }

  @Test
  void urlMustBeHttpsWithAHost() {
    assertThat(EtsiBenchSettings.parseUrl("https://localhost:8443")).hasPort(8443);
    assertThat(EtsiBenchSettings.parseUrl(" https://kme.example/prefix ")).hasPath("/prefix");
    assertThatThrownBy(() -> EtsiBenchSettings.parseUrl("http://localhost:8080"))
        .hasMessageContaining("must be https://HOST:PORT (ETSI 014 runs over mutual TLS)");
    assertThatThrownBy(() -> EtsiBenchSettings.parseUrl("https:///x"))
        .hasMessageContaining("must be https://HOST:PORT");
    assertThatThrownBy(() -> EtsiBenchSettings.parseUrl("https://h/?a=1"))
        .hasMessageContaining("must be https://HOST:PORT");
    assertThatThrownBy(() -> EtsiBenchSettings.parseUrl("https://a b"))
        .hasMessageContaining("is not a URL");
  }

  @Test
  void modesParseInAnyCase() {
    assertThat(BenchMode.parse("ENC")).isEqualTo(BenchMode.ENC);
    assertThat(BenchMode.parse(" both ")).isEqualTo(BenchMode.BOTH);
    assertThatThrownBy(() -> BenchMode.parse("decrypt"))
        .hasMessage("--mode must be enc, dec or both, got 'decrypt'");
  }

  private EtsiBenchSettings settings(
      int clients, long seconds, long warmup, int size, int number, BenchMode mode) {
    return new EtsiBenchSettings(
        URI.create("https://localhost:8443"),
        clients,
        Duration.ofSeconds(warmup),
        Duration.ofSeconds(seconds),
        size,
        number,
        mode,
        "sae-grid-1",
        "sae-core-1",
        pki.resolve("m.p12"),
        pki.resolve("s.p12"),
        pki.resolve("ca.pem"),
        "changeit".toCharArray());
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      EtsiBenchSettings settings) {
    return assertThatThrownBy(settings::validate)
        .isInstanceOfSatisfying(
            BenchException.class,
            e -> assertThat(e.kind()).isEqualTo(BenchException.Kind.BAD_INPUT));
  }
}
