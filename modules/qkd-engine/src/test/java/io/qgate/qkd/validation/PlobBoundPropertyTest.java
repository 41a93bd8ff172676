package io.qgate.qkd.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.PlobBound;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Pirandola et al., Nat. Commun. 8 15043 (2017): no repeaterless protocol beats −log2(1 − η). For
 * discrete variables Eve may hold the detector loss too, so the rate must stay under PLOB of the
 * total transmittance η_ch·η_Bob; CV-QKD trusts its detector and must stay under PLOB of η_ch.
 */
class PlobBoundPropertyTest {

  @Property(tries = 150)
  @Label("every analytic rate stays at or below the PLOB bound")
  void ratesStayUnderPlob(
      @ForAll @DoubleRange(min = 0, max = 300) double km,
      @ForAll @DoubleRange(min = 0.15, max = 0.25) double alpha,
      @ForAll @DoubleRange(min = 0.01, max = 1) double efficiency,
      @ForAll @DoubleRange(min = 0, max = 1e-4) @Scale(12) double darkCount,
      @ForAll @DoubleRange(min = 0, max = 0.1) double misalignment,
      @ForAll @DoubleRange(min = 1, max = 1.5) double f,
      @ForAll @DoubleRange(min = 0.001, max = 1.2) @Scale(6) double mu) {
    double t = new FibreChannel(alpha, km).transmittance();
    Receiver receiver =
        new Receiver(new ThresholdDetector(efficiency, darkCount, 0.01), misalignment);
    DvSystem system = new DvSystem(alpha, receiver, f);
    double dvBound = PlobBound.perPulse(t * efficiency);
    for (KeyRateModel model :
        List.of(
            new GllpBb84(system),
            new DecoyBb84(system),
            new Sarg04(system),
            new EntangledE91(receiver.detector(), misalignment, f))) {
      assertThat(model.evaluate(t, mu).ratePerPulse())
          .as(model.protocol().cliName())
          .isBetween(0.0, dvBound);
      assertThat(KeyRateOptimiser.optimise(model, t).keyRate().ratePerPulse())
          .isLessThanOrEqualTo(dvBound);
    }
    VacuumWeakDecoyBb84 vacuumWeak = new VacuumWeakDecoyBb84(system);
    assertThat(vacuumWeak.evaluate(t, mu, mu / 3).ratePerPulse()).isLessThanOrEqualTo(dvBound);
  }

  @Property(tries = 150)
  @Label("CV-QKD GG02 stays at or below the PLOB bound of the channel")
  void cvStaysUnderPlob(
      @ForAll @DoubleRange(min = 0, max = 300) double km,
      @ForAll @DoubleRange(min = 0.01, max = 1e4) double modulationVariance,
      @ForAll @DoubleRange(min = 0, max = 0.1) double excessNoise,
      @ForAll @DoubleRange(min = 0, max = 0.1) double electronicNoise,
      @ForAll @DoubleRange(min = 0.3, max = 1) double homodyneEfficiency,
      @ForAll @DoubleRange(min = 0.8, max = 1) double beta) {
    double t = new FibreChannel(0.2, km).transmittance();
    CvGg02 model = new CvGg02(excessNoise, electronicNoise, homodyneEfficiency, beta);
    assertThat(model.evaluate(t, modulationVariance).ratePerPulse())
        .isBetween(0.0, PlobBound.perPulse(t));
  }
}
