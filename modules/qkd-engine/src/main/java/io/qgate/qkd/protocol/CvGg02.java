package io.qgate.qkd.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GG02: Gaussian-modulated coherent states, homodyne detection and reverse reconciliation, with
 * Bob's detector noise trusted (Grosshans, Grangier, PRL 88 057902 (2002); formulas of Lodewyck et
 * al., PRA 76 042305 (2007)). K = β·I_AB − χ_BE per pulse, all variances in shot-noise units.
 *
 * @param excessNoise ε, referred to the channel input
 * @param electronicNoise v_el of the homodyne detector
 * @param homodyneEfficiency η of the homodyne detector
 * @param reconciliationEfficiency β
 */
public record CvGg02(
    double excessNoise,
    double electronicNoise,
    double homodyneEfficiency,
    double reconciliationEfficiency)
    implements KeyRateModel {

  public CvGg02 {
    if (!(excessNoise >= 0) || !(electronicNoise >= 0)) {
      throw new IllegalArgumentException(
          "excess and electronic noise must be >= 0 (shot-noise units)");
    }
    if (!(homodyneEfficiency > 0 && homodyneEfficiency <= 1)) {
      throw new IllegalArgumentException("homodyne efficiency must lie in (0, 1]");
    }
    if (!(reconciliationEfficiency >= 0 && reconciliationEfficiency <= 1)) {
      throw new IllegalArgumentException("reconciliation efficiency must lie in [0, 1]");
    }
  }

  /** The system of Lodewyck et al. 2007: ε = 0.005, v_el = 0.041, η = 0.606, β = 0.898. */
  public static CvGg02 lodewyck2007() {
    return new CvGg02(0.005, 0.041, 0.606, 0.898);
  }

  @Override
  public Protocol protocol() {
    return Protocol.CV_GG02;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("modulationVariance", 10, 0.01, 1e4));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double vA = settings[0];
    double t = channelTransmittance;
    if (t <= 0) {
      return new KeyRate(vA / 2, 1, Double.NaN, 0, details(vA, 0, 0));
    }
    double v = vA + 1;
    double chiLine = 1 / t - 1 + excessNoise; // χ_line = 1/T − 1 + ε
    double chiHom = (1 + electronicNoise) / homodyneEfficiency - 1; // χ_hom = (1 + v_el)/η − 1
    double chiTot = chiLine + chiHom / t; // χ_tot = χ_line + χ_hom/T
    double mutualInformation = 0.5 * log2((v + chiTot) / (1 + chiTot)); // I_AB
    // Eve's state: λ1,2 from A = V²(1 − 2T) + 2T + T²(V + χ_line)², B = T²(Vχ_line + 1)².
    double a = v * v * (1 - 2 * t) + 2 * t + t * t * (v + chiLine) * (v + chiLine);
    double b = t * t * (v * chiLine + 1) * (v * chiLine + 1);
    double[] l12 = SymplecticEntropy.eigenvaluesOf(a, b);
    // Conditioned on Bob's homodyne: C = [V√B + T(V + χ_line) + Aχ_hom]/[T(V + χ_tot)],
    // D = √B(V + √B·χ_hom)/[T(V + χ_tot)]; λ5 = 1 adds nothing.
    double sqrtB = Math.sqrt(b);
    double denominator = t * (v + chiTot);
    double c = (v * sqrtB + t * (v + chiLine) + a * chiHom) / denominator;
    double d = sqrtB * (v + sqrtB * chiHom) / denominator;
    double[] l34 = SymplecticEntropy.eigenvaluesOf(c, d);
    double holevo =
        SymplecticEntropy.of(l12[0])
            + SymplecticEntropy.of(l12[1])
            - SymplecticEntropy.of(l34[0])
            - SymplecticEntropy.of(l34[1]);
    double rate = reconciliationEfficiency * mutualInformation - holevo;
    return new KeyRate(vA / 2, 1, Double.NaN, rate, details(vA, mutualInformation, holevo));
  }

  private static Map<String, Double> details(double vA, double mutualInformation, double holevo) {
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("modulationVariance", vA);
    details.put("mutualInformation", mutualInformation);
    details.put("holevoBound", holevo);
    return details;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
