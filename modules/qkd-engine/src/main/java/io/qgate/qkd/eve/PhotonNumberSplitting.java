package io.qgate.qkd.eve;

import java.util.List;

/**
 * Photon-number splitting (Brassard, Lütkenhaus, Mor, Sanders, PRL 85 1330 (2000)): Eve counts the
 * photons of each pulse without disturbing their polarisation, keeps one photon of every
 * multi-photon pulse in a quantum memory and sends the rest to Bob over a lossless channel; she
 * blocks single-photon pulses, which she cannot split. She measures her photons after the basis
 * announcement, so she learns those bits without causing a single error.
 *
 * <p>To stay hidden she keeps Bob's signal gain at its honest value 1 − e^{−ημ}: multi-photon
 * pulses are forwarded with the probability t that matches it. Where even t = 1 falls short (short
 * links) she lets single photons through too, losslessly, with the probability s that fills the
 * gap, and learns nothing about those. Her strategy depends on n only: she cannot tell decoy pulses
 * from signal ones, which is what the decoy method exploits (Hwang, PRL 91 057901 (2003)).
 */
public record PhotonNumberSplitting() implements Eavesdropper {

  /**
   * The forwarding probabilities that reproduce the signal gain.
   *
   * @param singlePhotons s: single-photon pulses sent on losslessly (0 when Eve fully splits)
   * @param multiPhotons t: multi-photon pulses sent on, minus the photon Eve keeps
   */
  public record Strategy(double singlePhotons, double multiPhotons) {}

  @Override
  public String name() {
    return "pns";
  }

  @Override
  public List<ClickOutcome> outcomes(int photons, Link link) {
    double y0 = link.background();
    if (photons == 0) {
      return List.of(new ClickOutcome(ClickKind.BACKGROUND, EveKnowledge.NONE, y0));
    }
    Strategy strategy = strategy(link);
    boolean split = photons >= 2;
    double forwarded = split ? strategy.multiPhotons() : strategy.singlePhotons();
    double click = link.detectorClick(split ? photons - 1 : 1);
    EveKnowledge knowledge = split ? EveKnowledge.BIT : EveKnowledge.NONE;
    return List.of(
        new ClickOutcome(ClickKind.SIGNAL, knowledge, forwarded * click),
        new ClickOutcome(ClickKind.BACKGROUND, knowledge, (1 - forwarded * click) * y0));
  }

  /** s and t from Σ_n P(n|μ)·forwarded_n·(1 − (1 − η_Bob)^{n−1 or 1}) = 1 − e^{−ημ}. */
  public static Strategy strategy(Link link) {
    double mu = link.signalIntensity();
    double target = -Math.expm1(-link.overallTransmittance() * mu); // honest photon-click gain
    double multi = 0; // G_m = Σ_{n≥2} P(n|μ)(1 − (1 − η_Bob)^{n−1}), forwarding all of them
    double p = mu * Math.exp(-mu);
    double single = p * link.detectorClick(1);
    for (int n = 2; n < 1000 && p > 0; n++) {
      p *= mu / n;
      multi += p * link.detectorClick(n - 1);
      if (p < 1e-300) {
        break;
      }
    }
    if (multi >= target) {
      return new Strategy(0, multi > 0 ? target / multi : 0);
    }
    return new Strategy(single > 0 ? Math.min(1, (target - multi) / single) : 0, 1);
  }
}
