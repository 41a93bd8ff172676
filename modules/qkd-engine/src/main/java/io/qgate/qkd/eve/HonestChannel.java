package io.qgate.qkd.eve;

import java.util.List;

/**
 * The channel without Eve: a photon click with η_n = 1 − (1 − η)^n, otherwise a background click
 * with Y0, so Y_n = 1 − (1 − Y0)(1 − η)^n (Ma, Qi, Zhao, Lo, PRA 72 012326 (2005), Y_n ≈ Y0 + η_n).
 */
final class HonestChannel implements Eavesdropper {

  @Override
  public String name() {
    return "none";
  }

  @Override
  public List<ClickOutcome> outcomes(int photons, Link link) {
    double photonClick = link.channelClick(photons);
    return List.of(
        new ClickOutcome(ClickKind.SIGNAL, EveKnowledge.NONE, photonClick),
        new ClickOutcome(
            ClickKind.BACKGROUND, EveKnowledge.NONE, (1 - photonClick) * link.background()));
  }
}
