package io.qgate.qkd.session;

import io.qgate.qkd.protocol.EntangledPairYields;
import io.qgate.qkd.sifting.ChshSifting;
import io.qgate.qkd.sifting.Detections;
import java.util.SplittableRandom;

/**
 * E91 coincidences from a down-conversion source in the middle of the link, click by click. The
 * coincidence probability Q_λ and its error rate E_λ are those of Ma, Fung, Lo, PRA 76 012307
 * (2007): a coincidence comes from one entangled pair (a fraction c, correlated with intrinsic
 * error e_d) or from multi-pairs and dark counts (uncorrelated), with E_λ = ½(1 − c) + c·e_d.
 *
 * <p>Polarisation analysers at angles A0 = B1 = π/8 (key), A1 = 0, A2 = π/4, B2 = −π/8 give a
 * correlator V·cos 2(a − b) for a pair of visibility V = 1 − 2e_d, and CHSH S = 2√2·V (Clauser,
 * Horne, Shimony, Holt, PRL 23 880 (1969)). Eve intercepting Bob's photon of a fraction f of the
 * pairs in a random basis, B1 or B1 + π/4, and resending what she found leaves the product
 * correlator V·cos 2(a − e)·cos 2(b − e): key errors ¼ and S = √2·V on those pairs.
 */
final class EntangledPairSampler implements PulseSampler {

  static final double[] ALICE_ANGLES = {Math.PI / 8, 0, Math.PI / 4};
  static final double[] BOB_ANGLES = {Math.PI / 8, -Math.PI / 8};

  private static final int UNCORRELATED = 0;
  private static final int PAIR = 1;
  private static final int INTERCEPTED_KEY_BASIS = 2;
  private static final int INTERCEPTED_OTHER_BASIS = 3;

  private final SplittableRandom random;
  private final GeometricGaps gaps;
  private final double correlated;
  private final double intercepted;
  private final double keySetting; // Alice's probability of A0
  private final double[][][] agree = new double[4][3][2]; // P(same outcome | cause, a, b)

  EntangledPairSampler(
      EntangledPairYields pairs,
      long pulses,
      double keySettingProbability,
      double interceptedFraction,
      SplittableRandom random) {
    this.random = random;
    this.gaps = new GeometricGaps(pairs.gain(), pulses);
    double ed = pairs.misalignment();
    this.correlated = ed < 0.5 ? clamp((0.5 - pairs.qber()) / (0.5 - ed)) : 0;
    this.intercepted = interceptedFraction;
    this.keySetting = keySettingProbability;
    double visibility = 1 - 2 * ed;
    double eveKey = BOB_ANGLES[ChshSifting.B1];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 2; b++) {
        double alice = ALICE_ANGLES[a];
        double bob = BOB_ANGLES[b];
        agree[UNCORRELATED][a][b] = 0.5;
        agree[PAIR][a][b] = (1 + visibility * Math.cos(2 * (alice - bob))) / 2;
        agree[INTERCEPTED_KEY_BASIS][a][b] = product(visibility, alice, bob, eveKey);
        agree[INTERCEPTED_OTHER_BASIS][a][b] =
            product(visibility, alice, bob, eveKey + Math.PI / 4);
      }
    }
  }

  private static double product(double visibility, double a, double b, double eve) {
    return (1 + visibility * Math.cos(2 * (a - eve)) * Math.cos(2 * (b - eve))) / 2;
  }

  @Override
  public void fill(Detections chunk) {
    while (!chunk.full()) {
      long pulse = gaps.next(random);
      if (pulse < 0) {
        return;
      }
      double u = random.nextDouble();
      int a =
          u < keySetting
              ? ChshSifting.A0
              : u < (1 + keySetting) / 2 ? ChshSifting.A1 : ChshSifting.A2;
      long r = random.nextLong();
      int b = (int) r & 1;
      int aliceBit = (int) (r >>> 1) & 1;
      int cause = UNCORRELATED;
      if (random.nextDouble() < correlated) {
        cause = PAIR;
        if (intercepted > 0 && random.nextDouble() < intercepted) {
          cause = (r >>> 2 & 1) == 0 ? INTERCEPTED_KEY_BASIS : INTERCEPTED_OTHER_BASIS;
        }
      }
      int bobBit = random.nextDouble() < agree[cause][a][b] ? aliceBit : aliceBit ^ 1;
      int flags = Detections.flags(a, b, aliceBit, bobBit);
      if (cause == INTERCEPTED_KEY_BASIS) {
        flags |= Detections.EAVESDROPPED;
      }
      chunk.add(pulse, 0, flags);
    }
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  @Override
  public long pulsesSent() {
    return gaps.pulsesSent();
  }

  @Override
  public boolean exhausted() {
    return gaps.exhausted();
  }
}
