package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.estimation.EstimationOutcome;
import io.qgate.qkd.estimation.MultiPhotonBound;
import io.qgate.qkd.estimation.ParameterEstimation;
import io.qgate.qkd.estimation.QberEstimate;
import io.qgate.qkd.estimation.SampleSelection;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.finitekey.TaggedBb84KeyLength;
import io.qgate.qkd.sifting.SiftedBits;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * A prepare-and-measure protocol without decoys: a random sample of the sifted bits is disclosed
 * (Serfling bound), the session aborts above the protocol's threshold, and the key length is
 * Tomamichel's on the bits GLLP leaves untagged ({@link TaggedBb84KeyLength}). The tagged fraction
 * Δ = M⁺/clicks bounds the share of the key that multi-photon pulses could have caused, M⁺ being a
 * Bernstein bound on the multi-photon pulses sent (GLLP 2004). ε_sec is split evenly between that
 * bound and Tomamichel's analysis. Subclasses say which clicks Δ divides by and what Eve learns.
 */
abstract class TaggedBlockProcessor implements BlockProcessor {

  private final double sampleFraction;
  private final double multiPhotonProbability;
  private final SecurityParameters security;
  private final SecurityParameters tomamichel;
  private final ParameterEstimation estimation;
  private final Distillation distillation;
  private final SplittableRandom publicRandom;
  private final double threshold;
  private double taggedKeyBits;
  private long keyBits;

  TaggedBlockProcessor(
      double threshold,
      double sampleFraction,
      double multiPhotonProbability,
      SecurityParameters security,
      Distillation distillation,
      SplittableRandom publicRandom) {
    this.threshold = threshold;
    this.sampleFraction = sampleFraction;
    this.multiPhotonProbability = multiPhotonProbability;
    this.security = security;
    this.tomamichel =
        new SecurityParameters(security.epsilonSecret() / 2, security.epsilonCorrect());
    // The sample's bound at Tomamichel's failure (ε_sec/4)², so qberUpperBound is Q + μ of Eq. 2.
    this.estimation = new ParameterEstimation(Math.pow(tomamichel.epsilonSecret() / 4, 2));
    this.distillation = distillation;
    this.publicRandom = publicRandom;
  }

  @Override
  public final BlockReport process(SiftedBlock block) {
    BlockReport report = BlockReport.of(block);
    SiftedBits sifted = block.key();
    int n = sifted.size();
    if (n < MIN_KEY_BITS) {
      return BlockProcessor.tooShort(report, "sifted bits", n);
    }
    BitArray alice = sifted.alice();
    BitArray bob = sifted.bob();
    int k = SampleSelection.sampleSize(n, sampleFraction);
    EstimationOutcome pe = estimation.estimate(alice, bob, k, publicRandom);
    QberEstimate estimate = pe.estimate();
    report.sampleBits = k;
    report.qberBits = k;
    report.qberErrors = estimate.sampleErrors();
    int[] kept = SampleSelection.complement(n, pe.samplePositions());
    report.eveKnownKeyBits = sifted.eavesdropped().gather(kept).bitCount();
    report.abort =
        QberAbort.test(k, estimate.sampleErrors(), kept.length, threshold, thresholdSource());
    if (report.abort != null) {
      return report;
    }
    double tagged =
        Math.min(
            1,
            MultiPhotonBound.upper(
                    block.pulses(), multiPhotonProbability, security.epsilonSecret() / 2)
                / taggedClicks(block));
    taggedKeyBits += tagged * kept.length;
    keyBits += kept.length;
    BitArray[] disclosed = {alice.gather(pe.samplePositions()), bob.gather(pe.samplePositions())};
    distillation.run(
        pe.aliceKey(),
        pe.bobKey(),
        estimate.qber(),
        leak ->
            TaggedBb84KeyLength.of(
                kept.length, k, estimate.qber(), tagged, leak, tomamichel, eveInformation()),
        disclosed,
        report);
    return report;
  }

  /** Where the threshold comes from, for the abort message. */
  abstract String thresholdSource();

  /** The clicks the multi-photon pulses are compared with: those that may have made key. */
  abstract double taggedClicks(SiftedBlock block);

  /** Eve's information per untagged bit as a function of the bound on its error rate. */
  abstract DoubleUnaryOperator eveInformation();

  @Override
  public final double qberThreshold() {
    return threshold;
  }

  @Override
  public final Map<String, Double> details() {
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("taggedFraction", keyBits == 0 ? Double.NaN : taggedKeyBits / keyBits);
    return details;
  }
}
