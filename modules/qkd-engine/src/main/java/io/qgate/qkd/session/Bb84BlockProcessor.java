package io.qgate.qkd.session;

import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.information.ShannonEntropy;
import io.qgate.qkd.protocol.ShorPreskill;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * BB84 without decoys: aborts above the Shor–Preskill threshold; Δ = M⁺/detections, since the
 * public basis choice sifts multi-photon and single-photon clicks alike (GLLP 2004); Eve learns
 * h(e_ph) per untagged bit (Tomamichel 2012 Eq. 2).
 */
final class Bb84BlockProcessor extends TaggedBlockProcessor {

  Bb84BlockProcessor(
      double sampleFraction,
      double multiPhotonProbability,
      SecurityParameters security,
      Distillation distillation,
      SplittableRandom publicRandom) {
    super(
        ShorPreskill.threshold(),
        sampleFraction,
        multiPhotonProbability,
        security,
        distillation,
        publicRandom);
  }

  @Override
  String thresholdSource() {
    return "BB84, Shor-Preskill 1 - 2h(Q) = 0";
  }

  @Override
  double taggedClicks(SiftedBlock block) {
    return block.detections();
  }

  @Override
  DoubleUnaryOperator eveInformation() {
    return ShannonEntropy::binaryOfErrorBound;
  }
}
