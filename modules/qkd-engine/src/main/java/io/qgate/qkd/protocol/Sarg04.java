package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.information.ShannonEntropy;
import java.util.List;

/**
 * SARG04 with a weak coherent source and decoy states in the asymptotic limit (Scarani, Acín,
 * Ribordy, Gisin, PRL 92 057901 (2004); rate as in Fung, Tamaki, Lo, PRA 73 012337 (2006), with the
 * single-photon term of {@link Sarg04SinglePhoton}; two-photon pulses are counted as insecure,
 * which only lowers the rate).
 *
 * <p>Alice announces one z and one x state; Bob's click is conclusive if his result excludes one. A
 * photon-generated click is conclusive with probability 1/4 + e_det/2 and wrong with e_det/2, a
 * background click with 1/2 and 1/4: sifting is built in, no factor q.
 */
public record Sarg04(DvSystem system) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return Protocol.SARG04;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.25, 1e-3, 1.5));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    PhotonNumberYields y = system.receiver().yields(channelTransmittance, mu);
    double eDet = y.misalignment();
    double conclusive = 0.25 + eDet / 2;
    double y0 = y.darkCount();
    // Conclusive gain and its errors (Fung, Tamaki, Lo 2006; multi-photon clicks squashed).
    double signalClicks = -Math.expm1(-y.eta() * mu);
    double gain = y0 / 2 + conclusive * signalClicks;
    double errorGain = y0 / 4 + eDet / 2 * signalClicks;
    double qber = gain > 0 ? errorGain / gain : 0.5;
    // Single photons: Y1 = Y0/2 + η(1/4 + e_det/2), e1·Y1 = Y0/4 + η·e_det/2.
    double y1 = y0 / 2 + conclusive * y.eta();
    double e1 = y1 > 0 ? (y0 / 4 + eDet / 2 * y.eta()) / y1 : 0.5;
    double q1 = y1 * mu * Math.exp(-mu);
    double rate =
        q1 * (1 - Sarg04SinglePhoton.eveInformation(e1))
            - gain * system.ecEfficiency() * ShannonEntropy.binary(qber);
    return KeyRate.of(mu, gain, qber, rate);
  }
}
