package io.qgate.qkd.finitekey;

/**
 * The finite-size decoy-state bounds of Lim et al. 2014, Eqs. 2–4, for one basis. A count n_k is
 * first widened to n_k^± = e^{μ_k}/p_k · (n_k ± δ); n_k − δ is raised to 0 and n_k + δ cut at the
 * basis total, since the expected count n*_k lies in [0, n] anyway (Eq. A7–A8 stay valid).
 */
final class PhotonNumberBounds {

  private PhotonNumberBounds() {}

  /** s_0 ≥ τ0 (μ2 n⁻_{μ3} − μ3 n⁺_{μ2}) / (μ2 − μ3) (Lim 2014 Eq. 2). */
  static double vacuumEvents(BasisCounts c, DecoySettings s, Fluctuations f) {
    double delta = f.countDeviation(c.totalDetections());
    double lower3 = widened(c.detections(2), -delta, c.totalDetections(), s, 2);
    double upper2 = widened(c.detections(1), delta, c.totalDetections(), s, 1);
    double s0 = s.tau(0) * (s.mu2() * lower3 - s.mu3() * upper2) / (s.mu2() - s.mu3());
    return clamp(s0, c.totalDetections());
  }

  /**
   * s_1 ≥ τ1 μ1 [n⁻_{μ2} − n⁺_{μ3} − (μ2² − μ3²)/μ1² (n⁺_{μ1} − s_0/τ0)] / (μ1(μ2 − μ3) − μ2² +
   * μ3²) (Lim 2014 Eq. 3); s_0 enters with a plus sign, so its lower bound keeps this a lower
   * bound.
   */
  static double singlePhotonEvents(BasisCounts c, DecoySettings s, Fluctuations f, double s0) {
    double n = c.totalDetections();
    double delta = f.countDeviation(n);
    double upper1 = widened(c.detections(0), delta, n, s, 0);
    double lower2 = widened(c.detections(1), -delta, n, s, 1);
    double upper3 = widened(c.detections(2), delta, n, s, 2);
    double mu1 = s.mu1();
    double mu2 = s.mu2();
    double mu3 = s.mu3();
    double multiPhoton = (mu2 * mu2 - mu3 * mu3) / (mu1 * mu1) * (upper1 - s0 / s.tau(0));
    double denominator = mu1 * (mu2 - mu3) - mu2 * mu2 + mu3 * mu3;
    return clamp(s.tau(1) * mu1 * (lower2 - upper3 - multiPhoton) / denominator, n);
  }

  /** v_1 ≤ τ1 (m⁺_{μ2} − m⁻_{μ3}) / (μ2 − μ3), δ over m = Σ m_k (Lim 2014 Eq. 4). */
  static double singlePhotonErrors(BasisCounts c, DecoySettings s, Fluctuations f) {
    double m = c.totalErrors();
    double delta = f.countDeviation(m);
    double upper2 = widened(c.errors(1), delta, m, s, 1);
    double lower3 = widened(c.errors(2), -delta, m, s, 2);
    return Math.max(0, s.tau(1) * (upper2 - lower3) / (s.mu2() - s.mu3()));
  }

  /** n_k^± := e^{μ_k}/p_k · clip(n_k ± δ) (Lim 2014, below Eq. 2). */
  private static double widened(double count, double delta, double total, DecoySettings s, int k) {
    double clipped = Math.min(total, Math.max(0, count + delta));
    return Math.exp(s.intensity(k)) / s.probability(k) * clipped;
  }

  private static double clamp(double events, double total) {
    return Math.min(total, Math.max(0, events));
  }
}
