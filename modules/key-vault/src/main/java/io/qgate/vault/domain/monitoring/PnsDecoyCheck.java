package io.qgate.vault.domain.monitoring;

import io.qgate.qkd.eve.Eavesdropper;
import io.qgate.qkd.eve.Link;
import io.qgate.qkd.eve.PhotonNumberSplitting;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.vault.domain.LinkPhysics;

/**
 * The decoy check of a decoy-state link (BB84_DECOY, SARG04): Bob's gains for the signal μ, a weak
 * decoy ν = {@value #WEAK_DECOY} and the vacuum give the lower bound on the single-photon yield Y1
 * ≥ μ/(μν − ν²)·[Q_ν e^ν − Q_μ e^μ ν²/μ² − (μ² − ν²)/μ²·Y0] (Ma, Qi, Zhao, Lo 2005). The gains come
 * from the engine's eavesdropper models photon number by photon number, Q_k = Σ_n P(n|k)·Y_n: the
 * honest channel, or photon-number splitting (Brassard et al. 2000), which keeps the signal gain
 * and the QBER as they are but, since Eve's strategy depends on n only, empties the weak decoy's
 * gain — and with it the Y1 estimate (Hwang 2003). A failed check certifies no single photons, so
 * the window distils no key.
 */
final class PnsDecoyCheck {

  /** The weak decoy intensity the check assumes (a typical choice, Ma et al. 2005). */
  static final double WEAK_DECOY = 0.1;

  private PnsDecoyCheck() {}

  static LinkObservation observe(
      LinkPhysics link, double transmittance, double mu, KeyRate rate, boolean pns) {
    Link eveView =
        new Link(
            transmittance,
            link.detectorEfficiency(),
            link.darkCountProbability(),
            link.misalignment(),
            mu);
    double expected = singlePhotonYield(Eavesdropper.NONE, eveView, mu);
    double estimated = pns ? singlePhotonYield(new PhotonNumberSplitting(), eveView, mu) : expected;
    boolean certified = estimated >= CompromiseRule.MIN_SINGLE_PHOTON_YIELD_RATIO * expected;
    double perSecond = link.repetitionRateHz();
    return new LinkObservation(
        rate.qber(),
        LinkObserver.sifted(link, rate) * perSecond,
        certified ? rate.ratePerPulse() * perSecond : 0,
        null,
        estimated,
        expected);
  }

  static double singlePhotonYield(Eavesdropper eve, Link link, double mu) {
    double nu = Math.min(WEAK_DECOY, mu / 2);
    double y0 = eve.yieldOf(0, link);
    double qMu = gain(eve, link, mu);
    double qNu = gain(eve, link, nu);
    return mu
        / (mu * nu - nu * nu)
        * (qNu * Math.exp(nu)
            - qMu * Math.exp(mu) * nu * nu / (mu * mu)
            - (mu * mu - nu * nu) / (mu * mu) * y0);
  }

  /** Q_k = Σ_n P(n|k)·Y_n, Poisson photon numbers (Lo, Ma, Chen 2005). */
  static double gain(Eavesdropper eve, Link link, double intensity) {
    double p = Math.exp(-intensity);
    double gain = p * eve.yieldOf(0, link);
    for (int n = 1; n < 60; n++) {
      p *= intensity / n;
      gain += p * eve.yieldOf(n, link);
      if (p < 1e-18) {
        break;
      }
    }
    return gain;
  }
}
