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

    for (int k = 1; k < frames.size(); k++) {
      SynchrophasorFrame f = frames.get(k);
      assertThat(f.frequency()).isCloseTo(50f, within(0.03f));
      assertThat(f.stat()).isEqualTo(StatWord.OK);
      assertRocofIsDerivative(frames.get(k - 1), f);
    }
    double spread =
        frames.stream().mapToDouble(SynchrophasorFrame::frequency).max().orElseThrow()
            - frames.stream().mapToDouble(SynchrophasorFrame::frequency).min().orElseThrow();
    assertThat(spread).as("the frequency wanders").isGreaterThan(0.002);
  }

  @Test
  void generatorTripsPullTheFrequencyDownAndItRecovers() {
    List<SynchrophasorFrame> frames = run(new PmuSimulator(PMU, EVENTFUL), 50 * 3600);

    double min = 99;
    double max = 0;
    double minRocof = 0;
    for (int k = 1; k < frames.size(); k++) {
      SynchrophasorFrame f = frames.get(k);
      min = Math.min(min, f.frequency());
      max = Math.max(max, f.frequency());
      minRocof = Math.min(minRocof, f.rocof());
      assertRocofIsDerivative(frames.get(k - 1), f);
    }
    assertThat(min).isBetween(49.15, 49.8);
    assertThat(max).isLessThan(50.03);
    assertThat(minRocof).isBetween(-1.6, -1.0);
    assertThat(frames.get(frames.size() - 1).frequency()).isCloseTo(50f, within(0.03f));
  }

  @Test
  void phasorsAreABalancedThreePhaseSetAndRotateWithTheFrequencyDeviation() {
    List<SynchrophasorFrame> frames = run(new PmuSimulator(PMU, EVENTFUL), 50 * 600);
    double volts = 110_000 / Math.sqrt(3);

    for (int k = 1; k < frames.size(); k++) {
      SynchrophasorFrame f = frames.get(k);
      for (int v = 0; v < 3; v++) {
        assertThat((double) f.magnitude(v)).isCloseTo(volts, within(volts * 0.02));
      }
      assertThat((double) f.magnitude(3)).isCloseTo(400, within(40.0));
      assertThat(angleBetween(f.angle(0), f.angle(1))).isCloseTo(2 * Math.PI / 3, within(0.01));
      assertThat(angleBetween(f.angle(2), f.angle(0))).isCloseTo(2 * Math.PI / 3, within(0.01));
      assertThat(angleBetween(f.angle(0), f.angle(3))).isCloseTo(0.2, within(0.02));
      SynchrophasorFrame p = frames.get(k - 1);
      double expected = 2 * Math.PI * ((f.frequency() + p.frequency()) / 2 - 50) / 50;
      assertThat(angleBetween(f.angle(0), p.angle(0))).isCloseTo(expected, within(0.005));
    }
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

  private static void assertRocofIsDerivative(SynchrophasorFrame previous, SynchrophasorFrame f) {
    double derivative = ((double) f.frequency() - previous.frequency()) * 50;
    assertThat((double) f.rocof()).isCloseTo(derivative, within(1e-4));
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
