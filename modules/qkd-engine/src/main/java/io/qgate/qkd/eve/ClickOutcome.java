package io.qgate.qkd.eve;

/**
 * One way an n-photon pulse of Alice makes Bob's detector click.
 *
 * @param probability per pulse of that photon number; an attack's outcomes sum to Bob's yield Y_n
 */
public record ClickOutcome(ClickKind kind, EveKnowledge knowledge, double probability) {

  public ClickOutcome {
    if (kind == null || knowledge == null) {
      throw new IllegalArgumentException("kind and knowledge must be given");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must lie in [0, 1], was " + probability);
    }
  }
}
