package io.qgate.qkd.optimisation;

import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Setting;
import java.util.List;

/**
 * Picks the source settings of a protocol (μ; ν for the decoy; V_A for CV-QKD) that maximise the
 * asymptotic key rate on one link. It starts from the model's fixed defaults and keeps them unless
 * it finds better, so the optimised rate is never below the default rate.
 */
public final class KeyRateOptimiser {

  private KeyRateOptimiser() {}

  /** The chosen settings and the rate they give. */
  public record Optimum(double[] settings, KeyRate keyRate) {}

  /** Optimises every setting. */
  public static Optimum optimise(KeyRateModel model, double channelTransmittance) {
    return optimise(
        model, channelTransmittance, new boolean[model.settings().size()], model.defaults());
  }

  /**
   * Optimises the settings not marked fixed; fixed ones keep their value in {@code start}.
   *
   * @param fixed which settings the user pinned
   * @param start the starting (and pinned) values
   */
  public static Optimum optimise(
      KeyRateModel model, double channelTransmittance, boolean[] fixed, double[] start) {
    List<Setting> settings = model.settings();
    int n = settings.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      lower[i] = fixed[i] ? start[i] : settings.get(i).lower();
      upper[i] = fixed[i] ? start[i] : settings.get(i).upper();
    }
    BoxMaximiser.Result result =
        BoxMaximiser.maximise(
            x ->
                model.feasible(x)
                    ? model.evaluate(channelTransmittance, x).ratePerPulse()
                    : Double.NaN,
            lower,
            upper,
            start);
    double[] best = result.point();
    return new Optimum(best, model.evaluate(channelTransmittance, best));
  }
}
