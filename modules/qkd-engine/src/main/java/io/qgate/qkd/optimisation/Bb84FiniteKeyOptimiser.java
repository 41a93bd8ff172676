package io.qgate.qkd.optimisation;

import io.qgate.qkd.estimation.MultiPhotonBound;
import io.qgate.qkd.estimation.SampleSelection;
import io.qgate.qkd.finitekey.FibreLinkModel;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.finitekey.TaggedBb84KeyLength;
import io.qgate.qkd.information.ShannonEntropy;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.source.PoissonPhotonNumber;

/**
 * Picks μ and the sample fraction k/N of BB84 without decoys that maximise the expected finite key
 * per pulse, ℓ/N_pulses, for blocks of N sifted bits: ℓ is Tomamichel et al.'s Eq. 2 (Nat. Commun.
 * 3 634 (2012)) on the GLLP-untagged bits, exactly as the session computes it ({@link
 * TaggedBb84KeyLength}), with Q_tol = E_μ and the tagged fraction Δ of the expected counts of a
 * {@link FibreLinkModel}. {@link BoxMaximiser} accepts only improvements over the start, which is
 * kept where no choice gives key.
 */
public final class Bb84FiniteKeyOptimiser {

  /** The session's default sample fraction k/N. */
  public static final double DEFAULT_SAMPLE_FRACTION = 0.1;

  // Bounds of {μ, k/N}; log space, so both > 0.
  private static final double[] LOWER = {1e-3, 1e-3};
  private static final double[] UPPER = {1.0, 0.5};

  private Bb84FiniteKeyOptimiser() {}

  /** The chosen μ and k/N and their expected key per pulse (0 without key). */
  public record Optimum(double mu, double sampleFraction, double ratePerPulse) {}

  /** Expected key per pulse of (μ, k/N); without key the shortfall per sifted bit (≤ 0). */
  public static double objective(
      FibreLinkModel link,
      double ecEfficiency,
      int siftedBits,
      SecurityParameters eps,
      double mu,
      double sampleFraction) {
    if (!(mu > 0 && sampleFraction > 0 && sampleFraction < 1) || siftedBits < 2) {
      return Double.NaN;
    }
    double clicks = link.clicks(mu);
    // N_pulses = N / (q R_μ) with q = 1/2 for matching bases (Ma et al. 2005).
    double pulses = siftedBits / (DvSystem.BB84_SIFTING * clicks);
    int k = SampleSelection.sampleSize(siftedBits, sampleFraction);
    int n = siftedBits - k;
    double qber = link.qber(mu);
    // Δ = M⁺/detections, M⁺ the Bernstein bound on multi-photon pulses (GLLP 2004; Bernstein 1924).
    double multi = new PoissonPhotonNumber(mu).multiPhotonProbability();
    double tagged =
        Math.min(
            1,
            MultiPhotonBound.upper(Math.round(pulses), multi, eps.epsilonSecret() / 2)
                / (pulses * clicks));
    // leak_EC = f n h(Q_tol) (Tomamichel 2012, Discussion).
    double leak = ecEfficiency * n * ShannonEntropy.binaryOfErrorBound(qber);
    SecurityParameters tomamichel =
        new SecurityParameters(eps.epsilonSecret() / 2, eps.epsilonCorrect());
    double length = TaggedBb84KeyLength.of(n, k, qber, tagged, leak, tomamichel).lengthBound();
    return length > 0 ? length / pulses : length / siftedBits;
  }

  /**
   * Maximises ℓ/N_pulses over μ and k/N, unless fixed.
   *
   * @param fixed which of {μ, k/N} keep their start value
   */
  public static Optimum optimise(
      FibreLinkModel link,
      double ecEfficiency,
      int siftedBits,
      SecurityParameters eps,
      double startMu,
      double startFraction,
      boolean[] fixed) {
    double[] x0 = {startMu, startFraction};
    double[] lower = new double[2];
    double[] upper = new double[2];
    for (int i = 0; i < 2; i++) {
      lower[i] = fixed[i] ? x0[i] : Math.min(LOWER[i], x0[i]);
      upper[i] = fixed[i] ? x0[i] : Math.max(UPPER[i], x0[i]);
    }
    BoxMaximiser.Result result =
        BoxMaximiser.maximise(
            x -> objective(link, ecEfficiency, siftedBits, eps, x[0], x[1]), lower, upper, x0);
    double[] best = result.value() > 0 ? result.point() : x0; // no key anywhere: keep the start
    return new Optimum(best[0], best[1], Math.max(0, result.value()));
  }
}
