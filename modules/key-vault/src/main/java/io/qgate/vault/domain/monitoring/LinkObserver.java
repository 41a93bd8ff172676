package io.qgate.vault.domain.monitoring;

import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.ChshDeviceIndependent;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.vault.domain.LinkPhysics;
import java.util.Optional;

/**
 * What a simulated link measures each window, with or without an eavesdropper, from the engine's
 * analytic models (a Monte-Carlo session per second would be far too slow). Alice and Bob run at
 * the source settings optimal for the honest link (they do not know Eve is there).
 *
 * <p>Intercept-resend on a fraction f: an intercepted photon click is wrong with ½·e_det + ¼, so
 * the attack acts exactly as a misalignment e′ = e_det + f(¼ − e_det/2) on every photon click — the
 * engine's E_μQ_μ = e0Y0 + [e_det + f(¼ − e_det/2)](1 − e^{−ημ}) (InterceptResendAttack); for
 * SARG04 it also gives the conclusive ⅜ + e_det/4 and wrong ⅛ + e_det/4 of the engine's sessions.
 * The protocol's own key rate is evaluated with e′. For E91, S = 2√2(1 − 2E)(1 − f/2) with E the
 * honest QBER (the engine's AnalyticReference). PNS: see {@link PnsDecoyCheck}.
 */
public final class LinkObserver {

  private LinkObserver() {}

  /** Empty for protocols the vault does not simulate (CV-QKD). */
  public static Optional<LinkObservation> observe(LinkPhysics link, Optional<LinkAttack> attack) {
    double f =
        attack
            .filter(a -> a.kind() == AttackKind.INTERCEPT_RESEND)
            .map(LinkAttack::fraction)
            .orElse(0.0);
    boolean pns = attack.filter(a -> a.kind() == AttackKind.PNS).isPresent();
    double transmittance = Math.pow(10, -link.totalLossDb() / 10); // loss in dB to η
    Optional<KeyRateModel> honest = model(link, link.misalignment());
    if (honest.isEmpty()) {
      return Optional.empty();
    }
    double[] settings = KeyRateOptimiser.optimise(honest.get(), transmittance).settings();
    double misaligned = link.misalignment() + f * (0.25 - link.misalignment() / 2);
    KeyRate rate = model(link, misaligned).orElseThrow().evaluate(transmittance, settings);
    double perSecond = link.repetitionRateHz();
    return Optional.of(
        switch (link.protocol()) {
          case "E91" -> {
            KeyRate clean = honest.get().evaluate(transmittance, settings);
            double chsh = 2 * Math.sqrt(2) * (1 - 2 * clean.qber()) * (1 - f / 2);
            double sifted = DvSystem.BB84_SIFTING * rate.gain();
            double secret =
                sifted * ChshDeviceIndependent.rate(rate.qber(), chsh, LinkPhysics.EC_EFFICIENCY);
            yield new LinkObservation(
                rate.qber(), sifted * perSecond, Math.max(0, secret) * perSecond, chsh, null, null);
          }
          case "BB84" ->
              LinkObservation.of(
                  rate.qber(), sifted(link, rate) * perSecond, rate.ratePerPulse() * perSecond);
          default -> PnsDecoyCheck.observe(link, transmittance, settings[0], rate, pns);
        });
  }

  /** Sifted bits per pulse: BB84 keeps matching bases (½); SARG04's gain is its conclusive one. */
  static double sifted(LinkPhysics link, KeyRate rate) {
    return link.protocol().equals("SARG04") ? rate.gain() : DvSystem.BB84_SIFTING * rate.gain();
  }

  static Optional<KeyRateModel> model(LinkPhysics link, double misalignment) {
    ThresholdDetector detector =
        new ThresholdDetector(link.detectorEfficiency(), link.darkCountProbability(), 0);
    DvSystem system =
        new DvSystem(0, new Receiver(detector, misalignment), LinkPhysics.EC_EFFICIENCY);
    return Optional.ofNullable(
        switch (link.protocol()) {
          case "BB84_DECOY" -> new DecoyBb84(system);
          case "BB84" -> new GllpBb84(system);
          case "SARG04" -> new Sarg04(system);
          case "E91" -> new EntangledE91(detector, misalignment, LinkPhysics.EC_EFFICIENCY);
          default -> null;
        });
  }
}
