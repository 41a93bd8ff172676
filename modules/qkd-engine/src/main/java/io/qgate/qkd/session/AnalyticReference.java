package io.qgate.qkd.session;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.protocol.EntangledPairYields;
import io.qgate.qkd.protocol.Protocol;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the analytic models of the protocol package predict for a session's signal pulses — gain Q_μ
 * and QBER E_μ (Ma et al. 2005; Ma, Fung, Lo 2007 for pairs), with intercept-resend's extra errors
 * and, for E91, S = 2√2(1 − 2E)(1 − f/2) — to report beside the Monte-Carlo figures.
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
    values.put("analyticGain", yields.gain(mu));
    values.put("analyticQber", new InterceptResendAttack(f).expectedQber(yields, mu));
    if (config.protocol() == Protocol.BB84_DECOY) {
      values.put("analyticGainDecoy", yields.gain(config.intensities()[1]));
      values.put("analyticGainVacuum", yields.gain(0));
      values.put("analyticSinglePhotonYield", yields.yieldOf(1));
    }
    return values;
  }
}
