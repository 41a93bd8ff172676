package io.qgate.grid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PmuSimulatorTest {

  private static final Pmu PMU =
      Pmu.threePhase("pmu-sub01-1", 1, "SUB01 PMU1", NominalFrequency.HZ_50, 50);
  private static final Instant START = Instant.parse("2026-11-27T00:00:00Z");
  private static final SimulationSettings QUIET =
      SimulationSettings.defaults().withEventsPerHour(0);
  private static final SimulationSettings EVENTFUL =
      SimulationSettings.defaults().withEventsPerHour(GridEventSchedule.MAX_EVENTS_PER_HOUR);

  @Test
  void isAPmuReportingAtItsRate() {
    PmuSimulator sim = new PmuSimulator(PMU, QUIET);

    assertThat(sim.id()).isEqualTo("pmu-sub01-1");
    assertThat(sim.kind()).isEqualTo("PMU");
    assertThat(sim.readingsPerSecond()).isEqualTo(50.0);
  }

  @Test
  void theSameSeedGivesTheSameFrames() {
    PmuSimulator a = new PmuSimulator(PMU, EVENTFUL);
    PmuSimulator b = new PmuSimulator(PMU, EVENTFUL);
    PmuSimulator other = new PmuSimulator(PMU, EVENTFUL.withSeed(7));
    boolean differs = false;
    for (int k = 0; k < 2_000; k++) {
      Instant t = START.plusMillis(20L * k);
      byte[] fromA = a.nextReading(t);
      assertThat(b.nextReading(t)).isEqualTo(fromA);
      differs |= !java.util.Arrays.equals(other.nextReading(t), fromA);
    }
    assertThat(differs).isTrue();
  }

  @Test
  void aQuietGridStaysWithinAFewMillihertzAndRocofIsTheDerivative() {
    List<SynchrophasorFrame> frames = run(new PmuSimulator(PMU, QUIET), 10_000);

    double worstDeviation = 0;
    double min = 99;
    double max = 0;
    for (SynchrophasorFrame f : frames) {
      worstDeviation = Math.max(worstDeviation, Math.abs(f.frequency() - 50.0));
      min = Math.min(min, f.frequency());
      max = Math.max(max, f.frequency());
      assertThat(f.stat()).isEqualTo(StatWord.OK);
    }
    assertThat(worstDeviation).isLessThan(0.03);
    assertThat(max - min).as("the frequency wanders").isGreaterThan(0.002);
    assertThat(worstRocofError(frames)).isLessThan(1e-4);
  }

  @Test
  void generatorTripsPullTheFrequencyDownAndItRecovers() {
    List<SynchrophasorFrame> frames = run(new PmuSimulator(PMU, EVENTFUL), 50 * 3600);

    double min = 99;
    double max = 0;
    double minRocof = 0;
    for (SynchrophasorFrame f : frames.subList(1, frames.size())) {
      min = Math.min(min, f.frequency());
      max = Math.max(max, f.frequency());
      minRocof = Math.min(minRocof, f.rocof());
    }
    assertThat(min).isBetween(49.15, 49.8);
    assertThat(max).isLessThan(50.03);
    assertThat(minRocof).isBetween(-1.6, -1.0);
    assertThat(worstRocofError(frames)).isLessThan(1e-4);
    assertThat(frames.get(frames.size() - 1).frequency()).isCloseTo(50f, within(0.03f));
  }

  @Test
  void phasorsAreABalancedThreePhaseSetAndRotateWithTheFrequencyDeviation() {
    List<SynchrophasorFrame> frames = run(new PmuSimulator(PMU, EVENTFUL), 50 * 600);
    double volts = 110_000 / Math.sqrt(3);

    double magnitudeError = 0;
    double currentError = 0;
    double sequenceError = 0;
    double lagError = 0;
    double rotationError = 0;
    for (int k = 1; k < frames.size(); k++) {
      SynchrophasorFrame f = frames.get(k);
      for (int v = 0; v < 3; v++) {
        magnitudeError = Math.max(magnitudeError, Math.abs(f.magnitude(v) / volts - 1));
      }
      currentError = Math.max(currentError, Math.abs(f.magnitude(3) / 400.0 - 1));
      sequenceError =
          Math.max(
              sequenceError,
              Math.max(
                  Math.abs(angleBetween(f.angle(0), f.angle(1)) - 2 * Math.PI / 3),
                  Math.abs(angleBetween(f.angle(2), f.angle(0)) - 2 * Math.PI / 3)));
      lagError = Math.max(lagError, Math.abs(angleBetween(f.angle(0), f.angle(3)) - 0.2));
      SynchrophasorFrame p = frames.get(k - 1);
      double expected = 2 * Math.PI * ((f.frequency() + p.frequency()) / 2 - 50) / 50;
      rotationError =
          Math.max(rotationError, Math.abs(angleBetween(f.angle(0), p.angle(0)) - expected));
    }
    assertThat(magnitudeError).isLessThan(0.02);
    assertThat(currentError).isLessThan(0.1);
    assertThat(sequenceError).isLessThan(0.01);
    assertThat(lagError).isLessThan(0.02);
    assertThat(rotationError).isLessThan(0.005);
  }

  @Test
  void timeStampsSitOnTheReportingGridWhateverTheCallJitter() {
    PmuSimulator sim = new PmuSimulator(PMU, QUIET);
    SynchrophasorCodec codec = new SynchrophasorCodec(PMU);

    SynchrophasorFrame f = codec.decode(sim.nextReading(START.plusMillis(3_047)));

    assertThat(f.soc()).isEqualTo(START.getEpochSecond() + 3);
    assertThat(f.fraction()).isEqualTo(40_000);
    assertThat(f.timeQuality()).isZero();
  }

  @Test
  void aSixtyHertzPmuReportsAroundSixtyHertz() {
    Pmu pmu = Pmu.threePhase("pmu-us-1", 9, "US PMU", NominalFrequency.HZ_60, 30);
    PmuSimulator sim = new PmuSimulator(pmu, QUIET);
    SynchrophasorCodec codec = new SynchrophasorCodec(pmu);

    for (int k = 0; k < 300; k++) {
      SynchrophasorFrame f = codec.decode(sim.nextReading(START.plusNanos(33_333_334L * k)));
      assertThat(f.frequency()).isCloseTo(60f, within(0.03f));
      assertThat(f.fraction()).isEqualTo(Math.round((k % 30) * 1_000_000 / 30.0));
    }
  }

  @Test
  void aRepeatedTimeRepeatsTheMeasurement() {
    PmuSimulator sim = new PmuSimulator(PMU, QUIET);
    SynchrophasorCodec codec = new SynchrophasorCodec(PMU);
    SynchrophasorFrame first = codec.decode(sim.nextReading(START));

    SynchrophasorFrame again = codec.decode(sim.nextReading(START.plusMillis(5)));

    assertThat(again.frequency()).isEqualTo(first.frequency());
    assertThat(again.rocof()).isEqualTo(first.rocof());
  }

  /** The largest |DFREQ − (FREQ_k − FREQ_k−1)·rate| over successive frames, Hz/s. */
  private static double worstRocofError(List<SynchrophasorFrame> frames) {
    double worst = 0;
    for (int k = 1; k < frames.size(); k++) {
      double derivative = ((double) frames.get(k).frequency() - frames.get(k - 1).frequency()) * 50;
      worst = Math.max(worst, Math.abs(frames.get(k).rocof() - derivative));
    }
    return worst;
  }

  /** The angle from {@code b} to {@code a}, in (−π, π]. */
  private static double angleBetween(double a, double b) {
    double d = (a - b) % (2 * Math.PI);
    if (d > Math.PI) {
      d -= 2 * Math.PI;
    } else if (d <= -Math.PI) {
      d += 2 * Math.PI;
    }
    return d;
  }

  private static List<SynchrophasorFrame> run(PmuSimulator sim, int count) {
    SynchrophasorCodec codec = new SynchrophasorCodec(sim.pmu());
    List<SynchrophasorFrame> frames = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      frames.add(codec.decode(sim.nextReading(START.plusMillis(20L * k))));
    }
    return frames;
  }
}
