package io.qgate.qkd.eve;

import io.qgate.qkd.detector.PhotonNumberYields;
import java.util.ArrayList;
import java.util.List;

/**
 * Intercept-resend on a fraction f of the pulses: Eve measures the pulse at Alice's output in a
 * random basis and sends on the same number of photons prepared in the state she found, so Bob's
 * clicks are as frequent as without her and only errors betray her. In the sifted key she causes an
 * error rate f·½·½ = f/4 on photon clicks (Bennett, Brassard 1984; Gisin et al., Rev. Mod. Phys. 74
 * 145 (2002)); a vacuum pulse gives her nothing to measure.
 */
public record InterceptResendAttack(double fraction) implements Eavesdropper {

  public InterceptResendAttack {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "intercept-resend fraction must lie in [0, 1], was " + fraction);
    }
  }

  @Override
  public String name() {
    return "intercept-resend:" + fraction;
  }

  @Override
  public List<ClickOutcome> outcomes(int photons, Link link) {
    List<ClickOutcome> honest = NONE.outcomes(photons, link);
    if (photons == 0 || fraction == 0) {
      return honest;
    }
    List<ClickOutcome> outcomes = new ArrayList<>();
    for (ClickOutcome o : honest) {
      outcomes.add(new ClickOutcome(o.kind(), o.knowledge(), (1 - fraction) * o.probability()));
    }
    // Resent photons meet the same loss: the click probabilities stay η_n and (1 − η_n)·Y0.
    double photonClick = link.channelClick(photons);
    outcomes.add(
        new ClickOutcome(
            ClickKind.RESENT, EveKnowledge.BIT_IF_BASIS_GUESSED, fraction * photonClick));
    outcomes.add(
        new ClickOutcome(
            ClickKind.BACKGROUND,
            EveKnowledge.BIT_IF_BASIS_GUESSED,
            fraction * (1 - photonClick) * link.background()));
    return outcomes;
  }

  /**
   * The expected QBER of signal pulses: E_μQ_μ = e0·Y0 + [e_det + f(¼ − e_det/2)](1 − e^{−ημ}),
   * since an intercepted photon click is wrong with ½·e_det + ½·½ (Ma et al. 2005 for f = 0).
   */
  public double expectedQber(PhotonNumberYields yields, double mu) {
    double photonClicks = -Math.expm1(-yields.eta() * mu);
    double errors =
        yields.errorGain(mu) + fraction * (0.25 - yields.misalignment() / 2) * photonClicks;
    return errors / yields.gain(mu);
  }
}
