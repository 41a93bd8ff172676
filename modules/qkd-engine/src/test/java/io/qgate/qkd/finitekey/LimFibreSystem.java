package io.qgate.qkd.finitekey;

/**
 * The fibre system of Lim et al., Phys. Rev. A 89, 022307 (2014), Sec. IV: η_Bob = 10%, p_dc = 6 ×
 * 10⁻⁷, p_ap = 4 × 10⁻², e_mis = 5 × 10⁻³, α = 0.2 dB/km, μ3 = 2 × 10⁻⁴, f_EC = 1.16, ε_sec = κℓ
 * with κ = 10⁻¹⁵, ε_cor = 10⁻¹⁵. It yields the expected counts of a block of n_X key bits.
 *
 * <p>The paper prints the misalignment term of e_k with the channel transmittance η_ch; we use
 * η_sys = η_ch η_Bob, the transmittance of the detected light, since with η_ch the misalignment
 * errors alone would be 5% of the detections (e_mis/η_Bob) and the paper's reach could not be
 * reached. With η_sys the model reproduces the paper's figures (see Lim2014FigureOneTest).
 */
record LimFibreSystem(double distanceKm) {

  static final double MU3 = 2e-4;
  static final double ETA_BOB = 0.10;
  static final double DARK_COUNT = 6e-7;
  static final double AFTERPULSE = 4e-2;
  static final double MISALIGNMENT = 5e-3;
  static final double EC_EFFICIENCY = 1.16;
  static final double KAPPA = 1e-15;
  static final double EPS_COR = 1e-15;

  /** The free parameters the paper optimises: {q_x, p_μ1, p_μ2, μ1, μ2}. */
  record Choice(double qx, double mu1, double mu2, double p1, double p2) {
    DecoySettings settings() {
      return new DecoySettings(mu1, mu2, MU3, p1, p2, 1 - p1 - p2);
    }
  }

  /** Pulses N sent for n_X key-basis detections, and the expected counts of both bases. */
  record Block(double pulses, DecoyStatistics statistics) {}

  Block block(double keyBits, Choice c) {
    DecoySettings s = c.settings();
    double etaSys = Math.pow(10, -0.2 * distanceKm / 10) * ETA_BOB;
    double[] detect = new double[3];
    double[] error = new double[3];
    double perPulse = 0;
    for (int k = 0; k < 3; k++) {
      double mu = s.intensity(k);
      // D_k = 1 − (1 − 2 p_dc) e^{−η_sys k}, R_k = D_k (1 + p_ap) (Lim 2014 Sec. IV).
      double d = 1 - (1 - 2 * DARK_COUNT) * Math.exp(-etaSys * mu);
      detect[k] = s.probability(k) * d * (1 + AFTERPULSE);
      // e_k = p_dc + e_mis (1 − e^{−η k}) + p_ap D_k / 2.
      error[k] =
          s.probability(k)
              * (DARK_COUNT + MISALIGNMENT * (1 - Math.exp(-etaSys * mu)) + AFTERPULSE * d / 2);
      perPulse += detect[k];
    }
    double pulses = keyBits / (c.qx() * c.qx() * perPulse);
    double x = pulses * c.qx() * c.qx();
    double z = pulses * (1 - c.qx()) * (1 - c.qx());
    return new Block(
        pulses, new DecoyStatistics(counts(detect, error, x), counts(detect, error, z)));
  }

  /**
   * R = ℓ/N with ε_sec = κℓ solved by fixed-point iteration. Without key it returns the shortfall
   * per key bit (ℓ/n_X < 0) instead, which guides a search without rewarding ever more pulses.
   */
  double rate(double keyBits, Choice c) {
    Block block = block(keyBits, c);
    double length = keyBits / 10;
    for (int i = 0; i < 8; i++) {
      double epsSec = Math.min(0.5, KAPPA * Math.max(1, length));
      SecurityParameters eps = new SecurityParameters(epsSec, EPS_COR);
      length =
          DecoyFiniteKey.length(block.statistics(), c.settings(), EC_EFFICIENCY, eps).lengthBound();
    }
    return length > 0 ? length / block.pulses() : length / keyBits;
  }

  /** The N → ∞ rate of the same three-intensity protocol (Lim 2014 Fig. 1, dashed). */
  double asymptoticRate(Choice c) {
    Block block = block(1e9, c);
    return DecoyFiniteKey.asymptotic(block.statistics(), c.settings(), EC_EFFICIENCY).lengthBound()
        / block.pulses();
  }

  private static BasisCounts counts(double[] detect, double[] error, double scale) {
    double[] n = new double[3];
    double[] m = new double[3];
    for (int k = 0; k < 3; k++) {
      n[k] = detect[k] * scale;
      m[k] = error[k] * scale;
    }
    return new BasisCounts(n, m);
  }
}
