package io.qgate.qkd.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qgate.qkd.channel.FibreChannel;
import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class KeyRateOptimiserTest {

  @Test
  void findsTheMaximumOfAKnownFunction() {
    BoxMaximiser.Result result =
        BoxMaximiser.maximise(
            x -> -Math.pow(Math.log(x[0] / 0.3), 2) - Math.pow(x[1] - 2, 2),
            new double[] {1e-3, 0.1},
            new double[] {10, 10},
            new double[] {1, 1});
    assertThat(result.point()[0]).isCloseTo(0.3, within(1e-6));
    assertThat(result.point()[1]).isCloseTo(2, within(1e-6));
  }

  @Property(tries = 60)
  @Label("the optimised rate is never below the rate at the fixed default settings")
  void neverWorseThanDefaults(
      @ForAll @DoubleRange(min = 0, max = 200) double km,
      @ForAll @DoubleRange(min = 0.02, max = 0.9) double efficiency,
      @ForAll @DoubleRange(min = 0, max = 1e-5) @Scale(12) double darkCount,
      @ForAll @DoubleRange(min = 0, max = 0.06) double misalignment) {
    double t = new FibreChannel(0.2, km).transmittance();
    Receiver receiver = new Receiver(new ThresholdDetector(efficiency, darkCount, 0), misalignment);
    DvSystem system = new DvSystem(0.2, receiver, 1.16);
    List<KeyRateModel> models =
        List.of(
            new GllpBb84(system),
            new DecoyBb84(system),
            new VacuumWeakDecoyBb84(system),
            new Sarg04(system),
            new EntangledE91(receiver.detector(), misalignment, 1.16),
            CvGg02.lodewyck2007());
    for (KeyRateModel model : models) {
      double fixed = model.evaluate(t, model.defaults()).ratePerPulse();
      double optimised = KeyRateOptimiser.optimise(model, t).keyRate().ratePerPulse();
      assertThat(optimised).as(model.getClass().getSimpleName()).isGreaterThanOrEqualTo(fixed);
    }
  }

  @Test
  void pinnedSettingsStayPinned() {
    double t = new FibreChannel(0.21, 50).transmittance();
    KeyRateOptimiser.Optimum optimum =
        KeyRateOptimiser.optimise(
            new VacuumWeakDecoyBb84(DvSystem.GYS),
            t,
            new boolean[] {true, false},
            new double[] {0.3, 0.1});
    assertThat(optimum.settings()[0]).isEqualTo(0.3);
    assertThat(optimum.settings()[1]).isLessThan(0.3);
  }
}
