package io.qgate.qkd.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An asymptotic key rate at one operating point.
 *
 * @param mu mean photon number of the signal (pairs per pulse for E91, V_A/2 for CV-QKD)
 * @param gain Q_μ: probability per pulse that Bob keeps a detection
 * @param qber E_μ, or NaN where the protocol has no bit error rate (CV-QKD)
 * @param ratePerPulse secret bits per pulse sent, never negative
 * @param details protocol-specific figures (decoy ν, CHSH S, Holevo bound, ...), in order
 */
public record KeyRate(
    double mu, double gain, double qber, double ratePerPulse, Map<String, Double> details) {

  public KeyRate {
    ratePerPulse = Math.max(0, ratePerPulse);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static KeyRate of(double mu, double gain, double qber, double ratePerPulse) {
    return new KeyRate(mu, gain, qber, ratePerPulse, Map.of());
  }
}
