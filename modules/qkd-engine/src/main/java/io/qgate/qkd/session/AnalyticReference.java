package io.qgate.qkd.session;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.protocol.EntangledPairYields;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.protocol.Sarg04;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the analytic models of the protocol package predict for a session's signal pulses — gain Q_μ
 * and QBER E_μ (Ma et al. 2005; Ma, Fung, Lo 2007 for pairs), with intercept-resend's extra errors
 * and, for E91, S = 2√2(1 − 2E)(1 − f/2); for SARG04 the conclusive gain and QBER of {@link Sarg04}
 * — to report beside the Monte-Carlo figures.
 */
final class AnalyticReference {

  private AnalyticReference() {}

  static Map<String, Double> of(SessionConfig config) {
    Map<String, Double> values = new LinkedHashMap<>();
    double f = config.eve() instanceof InterceptResendAttack ir ? ir.fraction() : 0;
    if (config.protocol() == Protocol.E91) {
      EntangledPairYields pairs = Session.pairs(config);
      double ed = pairs.misalignment();
      double correlated = ed < 0.5 ? (0.5 - pairs.qber()) / (0.5 - ed) : 0;
      // Intercepted pairs err with ½(e_d + ½) instead of e_d.
      double qber = pairs.qber() + correlated * f * (0.25 - ed / 2);
      values.put("analyticGain", pairs.gain());
      values.put("analyticQber", qber);
      values.put("analyticChsh", 2 * Math.sqrt(2) * (1 - 2 * pairs.qber()) * (1 - f / 2));
      return values;
    }
    double mu = config.signalIntensity();
    PhotonNumberYields yields =
        config.system().receiver().yields(config.channelTransmittance(), mu);
    if (config.protocol() == Protocol.SARG04) {
      return sarg04(yields, mu, f);
    }
    values.put("analyticGain", yields.gain(mu));
    values.put("analyticQber", new InterceptResendAttack(f).expectedQber(yields, mu));
    if (config.protocol() == Protocol.BB84_DECOY) {
      values.put("analyticGainDecoy", yields.gain(config.intensities()[1]));
      values.put("analyticGainVacuum", yields.gain(0));
      values.put("analyticSinglePhotonYield", yields.yieldOf(1));
    }
    return values;
  }

  /**
   * Q_S = Y0/2 + (1 − e^{−ημ})·c, E_S·Q_S = Y0/4 + (1 − e^{−ημ})·w with, per photon click, c = 1/4
   * + e_det/2 conclusive and w = e_det/2 wrong ({@link Sarg04}); an intercepted click (Eve in the
   * wrong basis half the time) is conclusive with 3/8 + e_det/4 and wrong with 1/8 + e_det/4.
   */
  private static Map<String, Double> sarg04(PhotonNumberYields yields, double mu, double f) {
    double photonClicks = -Math.expm1(-yields.eta() * mu);
    double eDet = yields.misalignment();
    double conclusive = (1 - f) * (0.25 + eDet / 2) + f * (0.375 + eDet / 4);
    double wrong = (1 - f) * eDet / 2 + f * (0.125 + eDet / 4);
    double gain = yields.darkCount() / 2 + photonClicks * conclusive;
    double errors = yields.darkCount() / 4 + photonClicks * wrong;
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("analyticGain", yields.gain(mu));
    values.put("analyticConclusiveGain", gain);
    values.put("analyticQber", errors / gain);
    return values;
  }
}
