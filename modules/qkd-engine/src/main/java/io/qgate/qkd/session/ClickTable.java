package io.qgate.qkd.session;

import io.qgate.qkd.eve.ClickKind;
import io.qgate.qkd.eve.ClickOutcome;
import io.qgate.qkd.eve.Eavesdropper;
import io.qgate.qkd.eve.EveKnowledge;
import io.qgate.qkd.eve.Link;
import io.qgate.qkd.source.PoissonPhotonNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every way a pulse can end in a click at Bob — intensity class k, photon number n, outcome o —
 * with its probability per pulse p_k·P(n|μ_k)·P(o|n), and an alias table to draw one conditioned on
 * a click. The click probability per pulse is their sum, so the gap to the next click is geometric
 * and the pulses in between need no simulation at all.
 */
final class ClickTable {

  /** Photon numbers whose Poisson weight falls below this are left out. */
  private static final double NEGLIGIBLE = 1e-18;

  private final int[] intensity;
  private final int[] photons;
  private final ClickKind[] kind;
  private final EveKnowledge[] knowledge;
  private final double clickProbability;
  private final AliasTable alias;

  ClickTable(IntensityClasses classes, Link link, Eavesdropper eve) {
    List<double[]> events = new ArrayList<>(); // {k, n, kind, knowledge, weight}
    for (int k = 0; k < classes.count(); k++) {
      PoissonPhotonNumber poisson = new PoissonPhotonNumber(classes.intensity(k));
      double mean = classes.intensity(k);
      for (int n = 0; n < 200; n++) {
        double weight = classes.probability(k) * poisson.probability(n);
        if (weight < NEGLIGIBLE && n > mean) {
          break;
        }
        for (ClickOutcome o : eve.outcomes(n, link)) {
          if (o.probability() > 0) {
            events.add(
                new double[] {
                  k, n, o.kind().ordinal(), o.knowledge().ordinal(), weight * o.probability()
                });
          }
        }
      }
    }
    int size = events.size();
    intensity = new int[size];
    photons = new int[size];
    kind = new ClickKind[size];
    knowledge = new EveKnowledge[size];
    double[] weights = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      double[] e = events.get(i);
      intensity[i] = (int) e[0];
      photons[i] = (int) e[1];
      kind[i] = ClickKind.values()[(int) e[2]];
      knowledge[i] = EveKnowledge.values()[(int) e[3]];
      weights[i] = e[4];
      total += e[4];
    }
    clickProbability = Math.min(1, total);
    alias = size == 0 ? null : new AliasTable(weights);
  }

  /** P(click) per pulse, Σ_k p_k Q_k. */
  double clickProbability() {
    return clickProbability;
  }

  /** One click's event, drawn with probability proportional to its weight. */
  int sample(RandomGenerator random) {
    return alias.sample(random);
  }

  int intensity(int event) {
    return intensity[event];
  }

  int photons(int event) {
    return photons[event];
  }

  ClickKind kind(int event) {
    return kind[event];
  }

  EveKnowledge knowledge(int event) {
    return knowledge[event];
  }
}
