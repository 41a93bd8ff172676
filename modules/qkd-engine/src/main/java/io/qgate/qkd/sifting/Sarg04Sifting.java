package io.qgate.qkd.sifting;

/**
 * SARG04 sifting (Scarani, Acín, Ribordy, Gisin, PRL 92 057901 (2004)): Alice sends one of the four
 * BB84 states |basis, value⟩ and announces a pair of non-orthogonal states containing it, one of
 * each basis; the bit is which state of the pair, i.e. its basis (X = 0, Z = 1). Bob's result in
 * his basis b excludes the pair's state of basis b when it is orthogonal to it; the click is then
 * conclusive and Bob's bit is the other state's basis, 1 − b. Inconclusive clicks are discarded.
 *
 * <p>Alice's setting carries her basis in bit 0 and the announced pair in bit 1: the value of the
 * pair's state in the other basis ({@link #aliceSetting}).
 */
public final class Sarg04Sifting implements SiftingRule {

  /** Alice's setting: her basis (0 = X, 1 = Z) and the other-basis value of the announced pair. */
  public static int aliceSetting(int basis, int pairValue) {
    return basis | pairValue << 1;
  }

  /** The settings alone never decide: every setting pair may give a conclusive click. */
  @Override
  public int route(int aliceSetting, int bobSetting) {
    return KEY;
  }

  /** Conclusive: Bob's result is orthogonal to the pair's state in his basis (SARG04 2004). */
  @Override
  public int routeDetection(int flags) {
    return Detections.bobBit(flags) != pairValueInBobBasis(flags) ? KEY : DISCARD;
  }

  /** Alice's key bit is her basis, Bob's the basis of the state he did not exclude. */
  @Override
  public int keyFlags(int flags) {
    int aliceBasis = Detections.aliceSetting(flags) & 1;
    int bobBasis = Detections.bobSetting(flags) & 1;
    int raw = flags & ~(Detections.ALICE_BIT | Detections.BOB_BIT | 0xF);
    return raw | Detections.flags(aliceBasis, bobBasis, aliceBasis, 1 - bobBasis);
  }

  /** The value of the pair's state in Bob's basis: Alice's own, or the announced other one. */
  private static int pairValueInBobBasis(int flags) {
    int alice = Detections.aliceSetting(flags);
    return (alice & 1) == (Detections.bobSetting(flags) & 1)
        ? Detections.aliceBit(flags)
        : alice >>> 1 & 1;
  }
}
