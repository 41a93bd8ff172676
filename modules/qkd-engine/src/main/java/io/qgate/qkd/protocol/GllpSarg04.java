package io.qgate.qkd.protocol;

import io.qgate.qkd.information.ShannonEntropy;
import io.qgate.qkd.source.PoissonPhotonNumber;
import java.util.List;

/**
 * SARG04 with a weak coherent source and no decoys, as its Monte-Carlo session bounds it: every
 * multi-photon pulse is counted as insecure and as a conclusive click (Eve can steer conclusiveness
 * on pulses she can read), Q1 ≥ Q_S − P(n ≥ 2), e1 ≤ E_S·Q_S/Q1, and the single-photon bits keep 1
 * − I_E(e1) of {@link Sarg04SinglePhoton} (GLLP 2004 with Branciard et al., PRA 72 032301 (2005)).
 * Conservative: SARG04's two-photon pulses still hold secrecy (Tamaki, Lo, PRA 73 010302 (2006)).
 * The session picks its μ with it.
 */
public record GllpSarg04(DvSystem system) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return Protocol.SARG04;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.001, 1e-6, 1.0));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    KeyRate conclusive = new Sarg04(system).evaluate(channelTransmittance, mu);
    double gain = conclusive.gain();
    double qber = conclusive.qber();
    // Q1 ≥ Q_S − P(n ≥ 2), e1 ≤ E_S·Q_S/Q1 (GLLP 2004, tagging every multi-photon click).
    double q1 = gain - new PoissonPhotonNumber(mu).multiPhotonProbability();
    if (!(q1 > 0)) {
      return KeyRate.of(mu, gain, qber, 0);
    }
    double e1 = qber * gain / q1;
    // R = Q1(1 − I_E(e1)) − Q_S·f·h(E_S) (Fung, Tamaki, Lo 2006 form; Branciard et al. 2005 I_E).
    double rate =
        q1 * (1 - Sarg04SinglePhoton.eveInformationOfErrorBound(e1))
            - gain * system.ecEfficiency() * ShannonEntropy.binary(qber);
    return KeyRate.of(mu, gain, qber, rate);
  }
}
