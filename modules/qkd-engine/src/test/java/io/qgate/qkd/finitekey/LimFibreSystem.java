package io.qgate.qkd.finitekey;

/**
 * The fibre system of Lim et al., Phys. Rev. A 89, 022307 (2014), Sec. IV: η_Bob = 10%, p_dc = 6 ×
 * 10⁻⁷, p_ap = 4 × 10⁻², e_mis = 5 × 10⁻³, α = 0.2 dB/km, μ3 = 2 × 10⁻⁴, f_EC = 1.16, ε_sec = κℓ
 * with κ = 10⁻¹⁵, ε_cor = 10⁻¹⁵. Its expected counts come from {@link FibreLinkModel}.
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

  /** The paper's link at this distance, p_dc per detector: Y0 = 2 p_dc. */
  FibreLinkModel link() {
    double etaSys = Math.pow(10, -0.2 * distanceKm / 10) * ETA_BOB;
    return new FibreLinkModel(etaSys, 2 * DARK_COUNT, AFTERPULSE, MISALIGNMENT);
  }

  FibreLinkModel.DecoyBlock block(double keyBits, Choice c) {
    return link().decoyBlock(keyBits, c.settings(), c.qx());
  }

  /**
   * R = ℓ/N with ε_sec = κℓ solved by fixed-point iteration. Without key it returns the shortfall
   * per key bit (ℓ/n_X < 0) instead, which guides a search without rewarding ever more pulses.
   */
  double rate(double keyBits, Choice c) {
    FibreLinkModel.DecoyBlock block = block(keyBits, c);
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
    FibreLinkModel.DecoyBlock block = block(1e9, c);
    return DecoyFiniteKey.asymptotic(block.statistics(), c.settings(), EC_EFFICIENCY).lengthBound()
        / block.pulses();
  }
}
