package io.qgate.qkd.finitekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Lim et al., Phys. Rev. A 89, 022307 (2014), Eqs. 1–5. */
class DecoyFiniteKeyTest {

  private static final LimFibreSystem.Choice CHOICE =
      new LimFibreSystem.Choice(0.85, 0.45, 0.2, 0.5, 0.3);
  private static final SecurityParameters EPS = new SecurityParameters(1e-10, 1e-15);

  /**
   * The asymptotic bounds of Eqs. A4–A6 must hold for the exact photon-number statistics: with no
   * fluctuations, s_0 and s_1 lie below the true vacuum and single-photon detections of the model.
   */
  @Test
  void asymptoticBoundsSitBelowTheTrueEventCounts() {
    FibreLinkModel.DecoyBlock block = new LimFibreSystem(30).block(1e9, CHOICE);
    DecoyKeyLength a = DecoyFiniteKey.asymptotic(block.statistics(), CHOICE.settings(), 1.16);
    DecoySettings s = CHOICE.settings();
    double etaSys = Math.pow(10, -0.2 * 30 / 10) * LimFibreSystem.ETA_BOB;
    // True yields of the model: Y0 = 2 p_dc (1 + p_ap), Y1 ≈ (1 − (1 − 2p_dc)(1 − η)) (1 + p_ap).
    double y0 = (1 - (1 - 2 * LimFibreSystem.DARK_COUNT)) * (1 + LimFibreSystem.AFTERPULSE);
    double y1 =
        (1 - (1 - 2 * LimFibreSystem.DARK_COUNT) * (1 - etaSys)) * (1 + LimFibreSystem.AFTERPULSE);
    double pulsesX = block.pulses() * CHOICE.qx() * CHOICE.qx();

    assertThat(a.vacuumEvents()).isLessThanOrEqualTo(pulsesX * s.tau(0) * y0 * (1 + 1e-9));
    assertThat(a.singlePhotonEvents()).isLessThanOrEqualTo(pulsesX * s.tau(1) * y1 * (1 + 1e-9));
    assertThat(a.singlePhotonEvents()).isGreaterThan(0.9 * pulsesX * s.tau(1) * y1);
  }

  @Test
  void finiteBoundsAreLooserThanAsymptoticOnes() {
    DecoyStatistics data = new LimFibreSystem(50).block(1e6, CHOICE).statistics();
    DecoyKeyLength finite = DecoyFiniteKey.length(data, CHOICE.settings(), 1.16, EPS);
    DecoyKeyLength asymptotic = DecoyFiniteKey.asymptotic(data, CHOICE.settings(), 1.16);

    assertThat(finite.singlePhotonEvents()).isLessThan(asymptotic.singlePhotonEvents());
    assertThat(finite.phaseErrorRate()).isGreaterThan(asymptotic.phaseErrorRate());
    assertThat(finite.lengthBound()).isLessThan(asymptotic.lengthBound());
    assertThat(finite.penaltyBits())
        .isCloseTo(
            6 * Math.log(21 / 1e-10) / Math.log(2) + Math.log(2 / 1e-15) / Math.log(2),
            within(1e-9));
    assertThat(finite.enoughKey()).isTrue();
  }

  /**
   * The key rate of a finite block tends to the asymptotic one of the same protocol as the block
   * grows (every fluctuation term scales as sqrt(N), the penalties as log 1/ε).
   */
  @Property(tries = 50)
  void approachesTheAsymptoticRate(
      @ForAll @DoubleRange(min = 0, max = 100) double km,
      @ForAll @DoubleRange(min = 0.5, max = 0.95) double qx) {
    LimFibreSystem.Choice c = new LimFibreSystem.Choice(qx, 0.5, 0.15, 0.6, 0.25);
    FibreLinkModel.DecoyBlock unit = new LimFibreSystem(km).block(1e6, c);
    double asymptotic =
        DecoyFiniteKey.asymptotic(unit.statistics(), c.settings(), 1.16).lengthBound();
    double previousGap = Double.MAX_VALUE;
    for (double scale = 1; scale <= 1e8; scale *= 100) {
      DecoyStatistics data = unit.statistics().scaled(scale);
      double rate = DecoyFiniteKey.length(data, c.settings(), 1.16, EPS).lengthBound() / scale;
      double gap = (asymptotic - rate) / asymptotic;
      assertThat(gap).isPositive().isLessThan(previousGap);
      previousGap = gap;
    }
    assertThat(previousGap).isLessThan(0.01);
  }

  @Test
  void noDetectionsOnTheWeakDecoyMeansNoSinglePhotonKey() {
    BasisCounts x = new BasisCounts(new double[] {1e5, 0, 10}, new double[] {1e3, 0, 5});
    BasisCounts z = new BasisCounts(new double[] {1e4, 0, 1}, new double[] {1e2, 0, 1});
    DecoyKeyLength l =
        DecoyFiniteKey.length(new DecoyStatistics(x, z), CHOICE.settings(), 1.16, EPS);

    assertThat(l.finalKeyBits()).isZero();
    assertThat(l.shortfall()).contains("single-photon");
  }

  @Test
  void settingsEnforceTheIntensityOrder() {
    assertThatThrownBy(() -> new DecoySettings(0.3, 0.2, 0.15, 0.5, 0.3, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mu1 > mu2 + mu3");
    assertThatThrownBy(() -> new DecoySettings(0.5, 0.1, 0, 0.5, 0.3, 0.3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DecoySettings(0.5, 0.1, 0, 0.5, 0.3, 0.2).tau(1))
        .isCloseTo(0.5 * 0.5 * Math.exp(-0.5) + 0.3 * 0.1 * Math.exp(-0.1), within(1e-15));
  }
}
