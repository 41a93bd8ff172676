package io.qgate.qkd.detector;

/**
 * What Bob sees from n-photon pulses on a link of overall transmittance η = η_ch·η_Bob, with the
 * notation of Ma, Qi, Zhao, Lo, PRA 72 012326 (2005).
 *
 * @param eta η: probability that one photon leaves Alice and makes a click
 * @param darkCount Y0: background click probability per gate
 * @param misalignment e_det: probability that a photon hits the wrong detector
 */
public record PhotonNumberYields(double eta, double darkCount, double misalignment) {

  /** e0 = 1/2: a background click is a random bit. */
  public static final double E0 = 0.5;

  public PhotonNumberYields {
    Probabilities.require("overall transmittance", eta);
    Probabilities.require("dark count probability", darkCount);
    Probabilities.require("misalignment", misalignment);
  }

  /** η_n = 1 − (1 − η)^n: some of n photons is detected (Ma et al. 2005). */
  public double photonDetection(int n) {
    return -Math.expm1(n * Math.log1p(-eta));
  }

  /** Y_n ≈ Y0 + η_n (Ma et al. 2005). */
  public double yieldOf(int n) {
    return Math.min(1, darkCount + photonDetection(n));
  }

  /** e_n = (e0·Y0 + e_det·η_n)/Y_n (Ma et al. 2005). */
  public double errorRate(int n) {
    double y = yieldOf(n);
    return y == 0 ? E0 : (E0 * darkCount + misalignment * photonDetection(n)) / y;
  }

  /** Q_μ = Y0 + 1 − e^{−ημ} (Ma et al. 2005). */
  public double gain(double mu) {
    return Math.min(1, darkCount - Math.expm1(-eta * mu));
  }

  /** E_μ·Q_μ = e0·Y0 + e_det(1 − e^{−ημ}) (Ma et al. 2005). */
  public double errorGain(double mu) {
    return E0 * darkCount - misalignment * Math.expm1(-eta * mu);
  }

  /** E_μ, the QBER of pulses of intensity μ. */
  public double qber(double mu) {
    double q = gain(mu);
    return q == 0 ? E0 : errorGain(mu) / q;
  }
}
