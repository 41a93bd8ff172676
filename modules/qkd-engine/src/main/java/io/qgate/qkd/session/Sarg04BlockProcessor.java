package io.qgate.qkd.session;

import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.Sarg04SinglePhoton;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * SARG04 without decoys (Scarani, Acín, Ribordy, Gisin, PRL 92 057901 (2004)): aborts where the
 * single-photon one-way rate 1 − h(e) − I_E(e) of {@link Sarg04SinglePhoton} reaches zero (≈ 9.69%)
 * and keeps, per untagged bit, 1 − I_E(e1) for privacy amplification (Branciard, Gisin, Kraus,
 * Scarani, PRA 72 032301 (2005)).
 *
 * <p>Conservative on two counts. Whether a click is conclusive depends on Bob's result, which Eve
 * can steer on pulses she can read, so Δ = M⁺/conclusive clicks (every multi-photon pulse may have
 * made a conclusive click), not M⁺/detections as for BB84. And all multi-photon pulses are tagged,
 * although SARG04's two-photon pulses still carry secrecy (Tamaki, Lo, PRA 73 010302 (2006)):
 * crediting them would lengthen the key, this bound leaves it out.
 */
final class Sarg04BlockProcessor extends TaggedBlockProcessor {

  Sarg04BlockProcessor(
      double sampleFraction,
      double multiPhotonProbability,
      SecurityParameters security,
      Distillation distillation,
      SplittableRandom publicRandom) {
    super(
        Sarg04SinglePhoton.threshold(),
        sampleFraction,
        multiPhotonProbability,
        security,
        distillation,
        publicRandom);
  }

  @Override
  String thresholdSource() {
    return "SARG04, one-way 1 - h(Q) - I_E(Q) = 0";
  }

  @Override
  double taggedClicks(SiftedBlock block) {
    return block.key().size();
  }

  @Override
  DoubleUnaryOperator eveInformation() {
    return Sarg04SinglePhoton::eveInformationOfErrorBound;
  }
}
