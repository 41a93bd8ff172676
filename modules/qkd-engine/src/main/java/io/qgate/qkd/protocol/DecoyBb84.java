package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.PhotonNumberYields;
import java.util.List;

/**
 * Decoy-state BB84 in the asymptotic limit of infinitely many decoys: Y1 and e1 are known exactly
 * (Lo, Ma, Chen, PRL 94 230504 (2005); Ma, Qi, Zhao, Lo, PRA 72 012326 (2005)). With GYS parameters
 * the optimum is μ ≈ 0.48 and the cut-off ≈ 142 km.
 */
public record DecoyBb84(DvSystem system) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return Protocol.BB84_DECOY;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.5, 1e-3, 1.5));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    PhotonNumberYields y = system.receiver().yields(channelTransmittance, mu);
    double gain = y.gain(mu);
    double qber = y.qber(mu);
    // Q1 = Y1·μe^{−μ}, e1 = (e0Y0 + e_det·η)/Y1 (Ma et al. 2005).
    double q1 = y.yieldOf(1) * mu * Math.exp(-mu);
    double rate =
        GllpRate.perPulse(
            DvSystem.BB84_SIFTING, gain, qber, system.ecEfficiency(), q1, y.errorRate(1));
    return KeyRate.of(mu, gain, qber, rate);
  }
}
