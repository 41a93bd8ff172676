package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.Probabilities;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.information.ShannonEntropy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E91/BBM92 with a down-conversion source in the middle of the link, so each side gets √η_ch
 * (Ekert, PRL 67 661 (1991); Bennett, Brassard, Mermin, PRL 68 557 (1992)). The rate reported is
 * Acín et al.'s device-independent one from the CHSH value S = 2√2(1 − 2E) of the data (fair
 * sampling of the detected pairs assumed); the trusted-device BBM92 rate, q·Q_λ[1 − f·h(E) − h(E)]
 * (Ma, Fung, Lo, PRA 76 012307 (2007)), is reported beside it.
 *
 * @param detector both sides' detectors
 * @param intrinsicError e_d = (1 − V)/2 for a source of visibility V
 */
public record EntangledE91(ThresholdDetector detector, double intrinsicError, double ecEfficiency)
    implements KeyRateModel {

  public EntangledE91 {
    if (detector == null) {
      throw new IllegalArgumentException("detector must be given");
    }
    Probabilities.require("intrinsic error", intrinsicError);
    if (!(ecEfficiency >= 1) || Double.isInfinite(ecEfficiency)) {
      throw new IllegalArgumentException("error-correction efficiency f must be >= 1");
    }
  }

  @Override
  public Protocol protocol() {
    return Protocol.E91;
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("mu", 0.05, 1e-4, 1.0));
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    double mu = settings[0];
    double eta = Math.sqrt(channelTransmittance) * detector.efficiency();
    double dark = detector.darkCountProbability();
    EntangledPairYields pairs =
        new EntangledPairYields(mu / 2, eta, eta, dark, dark, intrinsicError);
    double gain = pairs.gain();
    double qber = pairs.qber();
    double chsh = ChshDeviceIndependent.chsh(1 - 2 * qber);
    double q = DvSystem.BB84_SIFTING;
    double di = q * gain * ChshDeviceIndependent.rate(qber, chsh, ecEfficiency);
    double bbm92 = q * gain * (1 - (ecEfficiency + 1) * ShannonEntropy.binary(qber));
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("chsh", chsh);
    details.put("bbm92RatePerPulse", Math.max(0, bbm92));
    return new KeyRate(mu, gain, qber, di, details);
  }
}
