package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.PhotonNumberYields;
import java.util.List;
import java.util.Map;

/**
 * Decoy-state BB84 with two decoys, vacuum and a weak ν &lt; μ: Y1 and e1 are bounded from the
 * observed gains and QBERs (Ma, Qi, Zhao, Lo, PRA 72 012326 (2005), "vacuum+weak decoy"). As ν → 0
 * it approaches the infinite-decoy rate.
 */
public record VacuumWeakDecoyBb84(DvSystem system) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return Protocol.BB84_DECOY;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.5, 1e-3, 1.5), new Setting("nu", 0.1, 1e-3, 1.0));
  }

  @Override
  public boolean feasible(double... settings) {
    return settings[1] < settings[0];
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    double nu = settings[1];
    if (!feasible(settings)) {
      throw new IllegalArgumentException("decoy nu must be below signal mu");
    }
    PhotonNumberYields y = system.receiver().yields(channelTransmittance, mu);
    double qMu = y.gain(mu);
    double qNu = y.gain(nu);
    double y0 = y.darkCount(); // what the vacuum decoy measures
    // Y1 ≥ μ/(μν − ν²)·(Q_ν e^ν − Q_μ e^μ ν²/μ² − (μ² − ν²)/μ²·Y0) (Ma et al. 2005).
    double y1 =
        mu
            / (mu * nu - nu * nu)
            * (qNu * Math.exp(nu)
                - qMu * Math.exp(mu) * nu * nu / (mu * mu)
                - (mu * mu - nu * nu) / (mu * mu) * y0);
    // e1 ≤ (E_ν Q_ν e^ν − e0 Y0)/(Y1 ν) (Ma et al. 2005).
    double e1 =
        y1 > 0 ? (y.errorGain(nu) * Math.exp(nu) - PhotonNumberYields.E0 * y0) / (y1 * nu) : 0.5;
    double q1 = y1 * mu * Math.exp(-mu);
    double rate =
        GllpRate.perPulse(DvSystem.BB84_SIFTING, qMu, y.qber(mu), system.ecEfficiency(), q1, e1);
    return new KeyRate(mu, qMu, y.qber(mu), rate, Map.of("nu", nu));
  }
}
