package io.qgate.qkd.optimisation;

import io.qgate.qkd.finitekey.DecoyFiniteKey;
import io.qgate.qkd.finitekey.DecoySettings;
import io.qgate.qkd.finitekey.FibreLinkModel;
import io.qgate.qkd.finitekey.SecurityParameters;

/**
 * Picks the source of decoy-state BB84 that maximises the expected finite key per pulse, ℓ/N, for
 * blocks of n_X key-basis bits: ℓ is Lim et al.'s Eq. 1 (PRA 89 022307 (2014)) evaluated on the
 * expected counts of a {@link FibreLinkModel}, the variables are Lim's μ1, μ2, p_μ1, p_μ2 and q_x
 * (μ3 and p_μ3 = 1 − p_μ1 − p_μ2 follow). {@link BoxMaximiser} starts from the given parameters and
 * accepts only improvements, so the result is never below the start.
 */
public final class DecoyFiniteKeyOptimiser {

  /** The session defaults: μ1 0.4, μ2 0.15, p 0.5/0.3, q_x 0.7. */
  public static final Parameters DEFAULTS = new Parameters(0.4, 0.15, 0.5, 0.3, 0.7);

  // Bounds of {μ1, μ2, p_μ1, p_μ2, q_x}; the search runs in log space, so all are > 0.
  private static final double[] LOWER = {0.02, 1e-3, 0.02, 0.01, 0.2};
  private static final double[] UPPER = {1.0, 0.5, 0.98, 0.9, 0.99};

  private DecoyFiniteKeyOptimiser() {}

  /** Lim's free parameters {μ1, μ2, p_μ1, p_μ2, q_x}. */
  public record Parameters(
      double mu1, double mu2, double p1, double p2, double keyBasisProbability) {

    double[] toArray() {
      return new double[] {mu1, mu2, p1, p2, keyBasisProbability};
    }

    static Parameters of(double[] x) {
      return new Parameters(x[0], x[1], x[2], x[3], x[4]);
    }

    /** The three-intensity source with vacuum intensity μ3, or null if it violates Lim's order. */
    public DecoySettings settings(double mu3) {
      boolean valid =
          mu3 >= 0 && mu2 > mu3 && mu1 > mu2 + mu3 && p1 + p2 < 1 && keyBasisProbability < 1;
      return valid ? new DecoySettings(mu1, mu2, mu3, p1, p2, 1 - p1 - p2) : null;
    }
  }

  /** The chosen parameters and their expected key per pulse ℓ/N (0 without key). */
  public record Optimum(Parameters parameters, double ratePerPulse) {}

  /** Expected key per pulse of one choice; without key the shortfall per key bit (≤ 0). */
  public static double objective(
      FibreLinkModel link,
      double ecEfficiency,
      double keyBits,
      SecurityParameters eps,
      double mu3,
      Parameters p) {
    DecoySettings settings = p.settings(mu3);
    if (settings == null) {
      return Double.NaN;
    }
    FibreLinkModel.DecoyBlock block = link.decoyBlock(keyBits, settings, p.keyBasisProbability());
    // ℓ of Lim 2014 Eq. 1 with λ_EC = f n_X h(e_obs) on the expected counts.
    double length =
        DecoyFiniteKey.length(block.statistics(), settings, ecEfficiency, eps).lengthBound();
    // ℓ/N; a negative ℓ per key bit guides the search towards key without rewarding more pulses.
    return length > 0 ? length / block.pulses() : length / keyBits;
  }

  /**
   * Maximises ℓ/N over the parameters not marked fixed.
   *
   * @param keyBits n_X, key-basis bits per block
   * @param fixed which of {μ1, μ2, p_μ1, p_μ2, q_x} keep their start value
   */
  public static Optimum optimise(
      FibreLinkModel link,
      double ecEfficiency,
      double keyBits,
      SecurityParameters eps,
      double mu3,
      Parameters start,
      boolean[] fixed) {
    double[] x0 = start.toArray();
    double[] lower = new double[x0.length];
    double[] upper = new double[x0.length];
    for (int i = 0; i < x0.length; i++) {
      lower[i] = fixed[i] ? x0[i] : Math.min(LOWER[i], x0[i]);
      upper[i] = fixed[i] ? x0[i] : Math.max(UPPER[i], x0[i]);
    }
    BoxMaximiser.Result result =
        BoxMaximiser.maximise(
            x -> objective(link, ecEfficiency, keyBits, eps, mu3, Parameters.of(x)),
            lower,
            upper,
            x0);
    // Without key anywhere the shortfall's maximum means nothing: keep the start.
    return result.value() > 0
        ? new Optimum(Parameters.of(result.point()), result.value())
        : new Optimum(start, 0);
  }

  /** Optimises all five parameters from the session defaults. */
  public static Optimum optimise(
      FibreLinkModel link, double ecEfficiency, double keyBits, SecurityParameters eps) {
    return optimise(link, ecEfficiency, keyBits, eps, 0, DEFAULTS, new boolean[5]);
  }
}
