package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.source.PoissonPhotonNumber;
import java.util.List;

/**
 * BB84 with a weak coherent source and no decoys (GLLP 2004): Alice cannot tell single-photon
 * detections apart, so she must assume the worst — every multi-photon pulse reached Bob (photon
 * number splitting) and every error came from single photons. Reach is short.
 */
public record GllpBb84(DvSystem system) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return Protocol.BB84;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.1, 1e-5, 1.0));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    PhotonNumberYields y = system.receiver().yields(channelTransmittance, mu);
    double gain = y.gain(mu);
    double qber = y.qber(mu);
    // Q1 ≥ Q_μ − P(n ≥ 2), e1 ≤ E_μQ_μ/Q1: tagged fraction Δ = P_multi/Q_μ (GLLP 2004).
    double q1 = gain - new PoissonPhotonNumber(mu).multiPhotonProbability();
    double e1 = q1 > 0 ? qber * gain / q1 : 0.5;
    double rate =
        GllpRate.perPulse(DvSystem.BB84_SIFTING, gain, qber, system.ecEfficiency(), q1, e1);
    return KeyRate.of(mu, gain, qber, rate);
  }
}
