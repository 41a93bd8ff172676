package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.finitekey.BasisCounts;
import io.qgate.qkd.finitekey.DecoyFiniteKey;
import io.qgate.qkd.finitekey.DecoyKeyLength;
import io.qgate.qkd.finitekey.DecoySettings;
import io.qgate.qkd.finitekey.DecoyStatistics;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.ShorPreskill;
import io.qgate.qkd.sifting.LabelCounts;
import io.qgate.qkd.sifting.SiftedBits;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoy-state BB84 after Lim, Curty, Walenta, Xu, Zbinden, PRA 89 022307 (2014): the X basis of all
 * three intensities makes the raw key, the Z basis is announced with its intensity labels. The
 * session aborts when the signal's Z-basis QBER exceeds the Shor–Preskill threshold; the decoy
 * bounds then give the vacuum and single-photon events s_X0, s_X1 and the phase error φ_X, and the
 * key length is Lim's Eq. 1 with the leak Cascade actually disclosed. An attack on the photon
 * numbers (PNS) changes the gains of the intensities differently, so s_X1 collapses and so does ℓ.
 */
final class DecoyBlockProcessor implements BlockProcessor {

  static final int CLASSES = 3;

  private final DecoySettings settings;
  private final double keyBasisProbability;
  private final SecurityParameters security;
  private final Distillation distillation;
  private final double threshold = ShorPreskill.threshold();
  private final long[] keyBitsPerClass = new long[CLASSES];
  private final long[] detectionsPerClass = new long[CLASSES];
  private long pulses;
  private long analysedPulses;
  private long singlePhotonKeyBits;
  private double singlePhotonLowerBound;
  private double phaseErrorWeighted;
  private long analysedKeyBits;

  DecoyBlockProcessor(
      DecoySettings settings,
      double keyBasisProbability,
      SecurityParameters security,
      Distillation distillation) {
    this.settings = settings;
    this.keyBasisProbability = keyBasisProbability;
    this.security = security;
    this.distillation = distillation;
  }

  @Override
  public BlockReport process(SiftedBlock block) {
    BlockReport report = BlockReport.of(block);
    pulses += block.pulses();
    for (int k = 0; k < CLASSES; k++) {
      detectionsPerClass[k] += block.detections(k);
    }
    SiftedBits key = block.key();
    SiftedBits test = block.test();
    if (key.size() < MIN_KEY_BITS) {
      return BlockProcessor.tooShort(report, "key-basis bits", key.size());
    }
    BitArray testBob = test.bob();
    LabelCounts z = LabelCounts.of(test, testBob, CLASSES);
    report.sampleBits = test.size();
    report.qberBits = z.events(0);
    report.qberErrors = z.errors(0);
    report.eveKnownKeyBits = key.eavesdropped().bitCount();
    if (z.events(0) == 0) {
      return BlockProcessor.tooShort(report, "signal test-basis bits", 0);
    }
    report.abort =
        QberAbort.test(
            z.events(0),
            z.errors(0),
            key.size(),
            threshold,
            "decoy BB84, Shor-Preskill 1 - 2h(Q) = 0");
    if (report.abort != null) {
      return report;
    }
    BitArray alice = key.alice();
    BitArray bob = key.bob();
    // m_X,k: the errors Cascade will find, which Bob reports per intensity after correcting.
    LabelCounts x = LabelCounts.of(key, bob, CLASSES);
    DecoyStatistics data =
        new DecoyStatistics(
            new BasisCounts(x.eventsAsDoubles(), x.errorsAsDoubles()),
            new BasisCounts(z.eventsAsDoubles(), z.errorsAsDoubles()));
    double testQber = (double) sum(z.errors()) / test.size();
    distillation.run(
        alice,
        bob,
        testQber,
        leak -> DecoyFiniteKey.lengthWithLeakage(data, settings, leak, security),
        new BitArray[] {test.alice(), testBob},
        report);
    if (report.keyLength instanceof DecoyKeyLength lim) {
      singlePhotonLowerBound += lim.singlePhotonEvents();
      phaseErrorWeighted += lim.phaseErrorRate() * key.size();
      analysedKeyBits += key.size();
      analysedPulses += block.pulses();
    }
    for (int k = 0; k < CLASSES; k++) {
      keyBitsPerClass[k] += x.events(k);
    }
    singlePhotonKeyBits += key.singlePhoton().bitCount();
    return report;
  }

  /** Q_k = detections of class k / (N·p_k): the expected number of class-k pulses. */
  private double gain(int k, double probability) {
    return pulses == 0 ? Double.NaN : detectionsPerClass[k] / (pulses * probability);
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }

  @Override
  public double qberThreshold() {
    return threshold;
  }

  @Override
  public Map<String, Double> details() {
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("gainSignal", gain(0, settings.p1()));
    details.put("gainDecoy", gain(1, settings.p2()));
    details.put("gainVacuum", gain(2, settings.p3()));
    // s_X1 = N·p_X²·τ1·Y1 for the single-photon yield Y1 (Lim 2014 Eq. 2–3 notation).
    double keyPulses = analysedPulses * keyBasisProbability * keyBasisProbability;
    details.put(
        "singlePhotonYieldLowerBound",
        keyPulses == 0 ? Double.NaN : singlePhotonLowerBound / (keyPulses * settings.tau(1)));
    details.put("keyBitsSignal", (double) keyBitsPerClass[0]);
    details.put("keyBitsDecoy", (double) keyBitsPerClass[1]);
    details.put("keyBitsVacuum", (double) keyBitsPerClass[2]);
    details.put("singlePhotonKeyBitsLowerBound", singlePhotonLowerBound);
    details.put("singlePhotonKeyBitsTrue", (double) singlePhotonKeyBits);
    details.put(
        "phaseErrorBound",
        analysedKeyBits == 0 ? Double.NaN : phaseErrorWeighted / analysedKeyBits);
    return details;
  }
}
