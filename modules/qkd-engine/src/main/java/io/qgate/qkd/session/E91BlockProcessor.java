package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.estimation.EstimationOutcome;
import io.qgate.qkd.estimation.ParameterEstimation;
import io.qgate.qkd.estimation.QberEstimate;
import io.qgate.qkd.estimation.SampleSelection;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.ChshDeviceIndependent;
import io.qgate.qkd.sifting.LabelCounts;
import io.qgate.qkd.sifting.SiftedBits;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * E91 in the device-independent form of Acín et al., PRL 98 230501 (2007): the CHSH pairs give S
 * and its lower bound, a random sample of the key pairs gives the QBER; the session aborts without
 * a Bell violation (Ŝ ≤ 2) or above the QBER where the Werner-state DI rate vanishes (≈ 7.1%), and
 * otherwise keeps n(1 − χ(S_low)) − leak − penalty bits.
 */
final class E91BlockProcessor implements BlockProcessor {

  private final double sampleFraction;
  private final SecurityParameters security;
  private final ParameterEstimation estimation;
  private final Distillation distillation;
  private final SplittableRandom publicRandom;
  private final double threshold = ChshDeviceIndependent.threshold();
  private final long[] events = new long[4];
  private final long[] disagreements = new long[4];

  E91BlockProcessor(
      double sampleFraction,
      SecurityParameters security,
      Distillation distillation,
      SplittableRandom publicRandom) {
    this.sampleFraction = sampleFraction;
    this.security = security;
    this.estimation = new ParameterEstimation(security.epsilonSecret());
    this.distillation = distillation;
    this.publicRandom = publicRandom;
  }

  @Override
  public BlockReport process(SiftedBlock block) {
    BlockReport report = BlockReport.of(block);
    SiftedBits key = block.key();
    SiftedBits test = block.test();
    LabelCounts pairs = LabelCounts.of(test, test.bob(), 4);
    for (int p = 0; p < 4; p++) {
      events[p] += pairs.events(p);
      disagreements[p] += pairs.errors(p);
    }
    int n = key.size();
    if (n < MIN_KEY_BITS) {
      return BlockProcessor.tooShort(report, "key pairs", n);
    }
    BitArray alice = key.alice();
    BitArray bob = key.bob();
    int k = SampleSelection.sampleSize(n, sampleFraction);
    EstimationOutcome pe = estimation.estimate(alice, bob, k, publicRandom);
    QberEstimate estimate = pe.estimate();
    report.sampleBits = k + test.size();
    report.qberBits = k;
    report.qberErrors = estimate.sampleErrors();
    int[] kept = SampleSelection.complement(n, pe.samplePositions());
    report.eveKnownKeyBits = key.eavesdropped().gather(kept).bitCount();
    ChshEstimate chsh = new ChshEstimate(pairs.events(), pairs.errors());
    double s = chsh.value();
    if (!(chsh.upperBound(QberAbort.FALSE_ALARM) > 2)) {
      report.abort =
          new Abort(
              Abort.Code.NO_BELL_VIOLATION,
              String.format(
                  Locale.ROOT,
                  "no Bell violation: CHSH S = %.4f, at most 2 over %d test pairs (eavesdropping"
                      + " or a poor source)",
                  s,
                  chsh.totalEvents()));
      return report;
    }
    report.abort =
        QberAbort.test(
            k, estimate.sampleErrors(), kept.length, threshold, "device-independent, Acin 2007");
    if (report.abort != null) {
      return report;
    }
    double sLow = chsh.lowerBound(security.epsilonSecret());
    BitArray[] disclosed = {alice.gather(pe.samplePositions()), bob.gather(pe.samplePositions())};
    distillation.run(
        pe.aliceKey(),
        pe.bobKey(),
        estimate.qber(),
        leak -> DeviceIndependentKeyLength.of(kept.length, sLow, leak, security),
        disclosed,
        report);
    return report;
  }

  @Override
  public double qberThreshold() {
    return threshold;
  }

  @Override
  public Map<String, Double> details() {
    ChshEstimate chsh = new ChshEstimate(events.clone(), disagreements.clone());
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("chsh", chsh.value());
    details.put("chshLowerBound", chsh.lowerBound(security.epsilonSecret()));
    details.put("chshTestPairs", (double) chsh.totalEvents());
    return details;
  }
}
