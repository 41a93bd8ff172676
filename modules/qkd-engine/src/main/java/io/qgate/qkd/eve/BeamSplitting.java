package io.qgate.qkd.eve;

import java.util.ArrayList;
import java.util.List;

/**
 * Beam splitting (Bennett, Bessette, Brassard, Salvail, Smolin, J. Cryptology 5 3 (1992)): Eve
 * replaces the lossy channel by a lossless one and a beam splitter of transmittance η_ch, keeping
 * the reflected photons in a quantum memory until the bases are announced. Bob sees exactly the
 * honest statistics, with no extra errors; Eve learns the bit of every click from a pulse of which
 * she caught a photon — only possible when the pulse held more than Bob received, so mostly on
 * multi-photon pulses. Of n photons m ~ Binomial(n, η_ch) go on to Bob.
 */
public record BeamSplitting() implements Eavesdropper {

  @Override
  public String name() {
    return "beam-splitting";
  }

  @Override
  public List<ClickOutcome> outcomes(int photons, Link link) {
    double t = link.channelTransmittance();
    double[] signal = new double[2]; // [Eve holds nothing, Eve holds a photon]
    double[] background = new double[2];
    for (int m = 0; m <= photons; m++) {
      double arrives = binomial(photons, m, t);
      int eveHolds = photons - m > 0 ? 1 : 0;
      double click = link.detectorClick(m);
      signal[eveHolds] += arrives * click;
      background[eveHolds] += arrives * (1 - click) * link.background();
    }
    List<ClickOutcome> outcomes = new ArrayList<>();
    outcomes.add(new ClickOutcome(ClickKind.SIGNAL, EveKnowledge.NONE, signal[0]));
    outcomes.add(new ClickOutcome(ClickKind.SIGNAL, EveKnowledge.BIT, signal[1]));
    outcomes.add(new ClickOutcome(ClickKind.BACKGROUND, EveKnowledge.NONE, background[0]));
    outcomes.add(new ClickOutcome(ClickKind.BACKGROUND, EveKnowledge.BIT, background[1]));
    return outcomes;
  }

  /** C(n, m)·t^m·(1 − t)^(n−m), in log space; exact at t = 0 and t = 1. */
  static double binomial(int n, int m, double t) {
    if (t == 0 || t == 1) {
      return m == (t == 0 ? 0 : n) ? 1 : 0;
    }
    double logChoose = 0;
    for (int i = 0; i < m; i++) {
      logChoose += Math.log(n - i) - Math.log(i + 1);
    }
    return Math.exp(logChoose + m * Math.log(t) + (n - m) * Math.log1p(-t));
  }
}
