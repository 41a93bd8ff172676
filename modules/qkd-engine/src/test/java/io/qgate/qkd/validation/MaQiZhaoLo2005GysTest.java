package io.qgate.qkd.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ma, Qi, Zhao, Lo, "Practical decoy state for quantum key distribution", PRA 72 012326 (2005),
 * with the GYS parameters of their Table I (α 0.21 dB/km, η_Bob 0.045, Y0 1.7e-6, e_det 3.3%, f
 * 1.22, q = 1/2): the key rate against distance of their decoy-state figures, optimum μ ≈ 0.48 and
 * cut-off ≈ 142 km. Reference rates were recomputed independently from the paper's closed forms
 * (docs/qkd-engine.md).
 */
class MaQiZhaoLo2005GysTest {

  private static final DvSystem GYS = DvSystem.GYS;

  static double transmittance(double km) {
    return new FibreChannel(GYS.fibreLossDbPerKm(), km).transmittance();
  }

  static double cutOffKm(KeyRateModel model) {
    double low = 0;
    double high = 300;
    while (high - low > 0.05) {
      double mid = (low + high) / 2;
      if (KeyRateOptimiser.optimise(model, transmittance(mid)).keyRate().ratePerPulse() > 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  @Test
  @DisplayName("Ma et al. 2005: optimal μ ≈ 0.48 for GYS (infinite decoys)")
  void optimalMu() {
    for (double km : new double[] {0, 50, 100}) {
      double mu = KeyRateOptimiser.optimise(new DecoyBb84(GYS), transmittance(km)).settings()[0];
      assertThat(mu).as("μ at %s km", km).isCloseTo(0.48, within(0.015));
    }
  }

  @Test
  @DisplayName("Ma et al. 2005: GYS cut-off ≈ 142 km (infinite decoys)")
  void cutOffOfInfiniteDecoys() {
    assertThat(cutOffKm(new DecoyBb84(GYS))).isCloseTo(142, within(1.5));
  }

  @Test
  @DisplayName("Ma et al. 2005, vacuum+weak decoy: approaches the infinite-decoy curve as ν → 0")
  void vacuumPlusWeakDecoyNearlyReachesTheAsymptote() {
    assertThat(cutOffKm(new VacuumWeakDecoyBb84(GYS))).isCloseTo(142, within(2.0));
    double infinite = new DecoyBb84(GYS).evaluate(transmittance(50), 0.48).ratePerPulse();
    double vacuumWeak =
        new VacuumWeakDecoyBb84(GYS).evaluate(transmittance(50), 0.48, 0.05).ratePerPulse();
    assertThat(vacuumWeak).isLessThanOrEqualTo(infinite).isGreaterThan(0.9 * infinite);
  }

  @Test
  @DisplayName(
      "Ma et al. 2005, GYS rate curve: R(0 km) ≈ 2.55e-3, R(50) ≈ 2.23e-4, R(100) ≈ 1.72e-5")
  void rateCurve() {
    double[][] expected = {{0, 2.555e-3}, {50, 2.226e-4}, {100, 1.719e-5}, {140, 2.65e-7}};
    for (double[] point : expected) {
      double rate =
          KeyRateOptimiser.optimise(new DecoyBb84(GYS), transmittance(point[0]))
              .keyRate()
              .ratePerPulse();
      assertThat(rate).as("rate at %s km", point[0]).isCloseTo(point[1], within(0.02 * point[1]));
    }
  }

  @Test
  @DisplayName(
      "GLLP 2004 without decoys: far shorter reach than decoy BB84 (photon-number splitting)")
  void gllpWithoutDecoysReachesMuchLess() {
    double gllp = cutOffKm(new GllpBb84(GYS));
    assertThat(gllp).isBetween(25.0, 50.0);
    assertThat(gllp).isLessThan(0.4 * cutOffKm(new DecoyBb84(GYS)));
    double mu = KeyRateOptimiser.optimise(new GllpBb84(GYS), transmittance(10)).settings()[0];
    assertThat(mu).as("μ must scale with η without decoys").isLessThan(0.05);
  }

  @Test
  @DisplayName("Fung, Tamaki, Lo 2006: with decoys SARG04 reaches less far than BB84")
  void sarg04WithDecoysReachesLessThanBb84() {
    double sarg = cutOffKm(new Sarg04(GYS));
    assertThat(sarg).isGreaterThan(50).isLessThan(cutOffKm(new DecoyBb84(GYS)));
  }
}
