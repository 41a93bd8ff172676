package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.telemetry.envelope.Algorithm;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineBenchSettingsTest {

  private static PipelineBenchSettings settings(
      int pmus, int rate, int producers, int consumers, int partitions) {
    return new PipelineBenchSettings(
        pmus,
        rate,
        producers,
        consumers,
        partitions,
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(30),
        List.of(PipelineMode.ENCRYPTED, PipelineMode.PLAIN),
        false,
        Optional.empty(),
        Algorithm.AES_256_GCM,
        1,
        1);
  }

  private static PipelineBenchSettings issueDefaults() {
    return settings(1_000, 60, 2, 2, 4);
  }

  @Test
  void theIssuesLoadIsSixtyThousandFramesPerSecondAtSixtyHertz() {
    PipelineBenchSettings s = issueDefaults().validate();

    assertThat(s.offeredRate()).isEqualTo(60_000);
    assertThat(s.frequency()).isEqualTo(NominalFrequency.HZ_60);
  }

  @Test
  void ratesOnlyFiftyHertzGridsReportAtMakeAFiftyHertzFleet() {
    assertThat(settings(10, 50, 1, 1, 1).frequency()).isEqualTo(NominalFrequency.HZ_50);
    assertThat(settings(10, 25, 1, 1, 1).frequency()).isEqualTo(NominalFrequency.HZ_50);
    assertThat(settings(10, 10, 1, 1, 1).frequency()).isEqualTo(NominalFrequency.HZ_60);
  }

  @Test
  void aRateNoStandardAllowsIsRefusedNamingTheOption() {
    assertThatThrownBy(() -> settings(10, 61, 1, 1, 1).validate())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--rate must be a C37.118.1 reporting rate")
        .hasMessageEndingWith("got 61");
  }

  @Test
  void eachBadCountIsRefusedWithItsOptionName() {
    assertThatThrownBy(() -> settings(0, 60, 1, 1, 1).validate())
        .hasMessage("--pmus must be 1..65534, got 0");
    assertThatThrownBy(() -> settings(65_535, 60, 1, 1, 1).validate())
        .hasMessage("--pmus must be 1..65534, got 65535");
    assertThatThrownBy(() -> settings(10, 60, 0, 1, 1).validate())
        .hasMessage("--producers must be 1..64, got 0");
    assertThatThrownBy(() -> settings(3, 60, 4, 1, 1).validate())
        .hasMessage("--producers (4) must not exceed --pmus (3)");
    assertThatThrownBy(() -> settings(10, 60, 1, 0, 1).validate())
        .hasMessage("--consumers must be 1..64, got 0");
    assertThatThrownBy(() -> settings(10, 60, 1, 1, 0).validate())
        .hasMessage("--partitions must be 1..256, got 0");
    assertThatThrownBy(() -> settings(10, 60, 1, 3, 2).validate())
        .hasMessageStartingWith("--consumers (3) must not exceed --partitions (2)");
  }

  @Test
  void badDurationsAreRefused() {
    PipelineBenchSettings d = issueDefaults();
    assertThatThrownBy(
            () ->
                new PipelineBenchSettings(
                        d.pmus(),
                        d.rate(),
                        d.producers(),
                        d.consumers(),
                        d.partitions(),
                        d.warmup(),
                        Duration.ZERO,
                        d.drain(),
                        d.modes(),
                        false,
                        d.bootstrap(),
                        d.algorithm(),
                        1,
                        1)
                    .validate())
        .hasMessage("--seconds must be at least 1, got 0");
    assertThatThrownBy(
            () ->
                new PipelineBenchSettings(
                        d.pmus(),
                        d.rate(),
                        d.producers(),
                        d.consumers(),
                        d.partitions(),
                        Duration.ofSeconds(-1),
                        d.measure(),
                        d.drain(),
                        d.modes(),
                        false,
                        d.bootstrap(),
                        d.algorithm(),
                        1,
                        1)
                    .validate())
        .hasMessage("--warmup must not be negative, got -1");
  }

  @Test
  void bootstrapMustBeHostAndPort() {
    PipelineBenchSettings d = issueDefaults();
    for (String bad : new String[] {"localhost", "localhost:", ":9092", "a b:1", "host:99999"}) {
      assertThatThrownBy(
              () ->
                  new PipelineBenchSettings(
                          d.pmus(),
                          d.rate(),
                          d.producers(),
                          d.consumers(),
                          d.partitions(),
                          d.warmup(),
                          d.measure(),
                          d.drain(),
                          d.modes(),
                          false,
                          Optional.of(bad),
                          d.algorithm(),
                          1,
                          1)
                      .validate())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--bootstrap");
    }
    assertThat(
            new PipelineBenchSettings(
                    d.pmus(),
                    d.rate(),
                    d.producers(),
                    d.consumers(),
                    d.partitions(),
                    d.warmup(),
                    d.measure(),
                    d.drain(),
                    d.modes(),
                    false,
                    Optional.of("broker-1.lan:29092"),
                    d.algorithm(),
                    1,
                    1)
                .validate()
                .bootstrap())
        .contains("broker-1.lan:29092");
  }

  @Test
  void aRingLargerThanTheMemoryBoundIsRefused() {
    PipelineBenchSettings d = issueDefaults();
    // 60,000 frames/s × 67 s = 4,020,000 frames, above the bound of 4,000,000
    assertThatThrownBy(
            () ->
                new PipelineBenchSettings(
                        d.pmus(),
                        d.rate(),
                        d.producers(),
                        d.consumers(),
                        d.partitions(),
                        d.warmup(),
                        d.measure(),
                        d.drain(),
                        d.modes(),
                        false,
                        d.bootstrap(),
                        d.algorithm(),
                        67,
                        1)
                    .validate())
        .hasMessageStartingWith("--ring 67 s would hold 4020000 frames");
  }

  @Test
  void roundsAreBounded() {
    PipelineBenchSettings d = issueDefaults();
    assertThatThrownBy(
            () ->
                new PipelineBenchSettings(
                        d.pmus(),
                        d.rate(),
                        d.producers(),
                        d.consumers(),
                        d.partitions(),
                        d.warmup(),
                        d.measure(),
                        d.drain(),
                        d.modes(),
                        false,
                        d.bootstrap(),
                        d.algorithm(),
                        1,
                        0)
                    .validate())
        .hasMessage("--rounds must be 1..10, got 0");
  }
}
