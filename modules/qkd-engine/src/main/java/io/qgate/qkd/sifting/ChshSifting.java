package io.qgate.qkd.sifting;

/**
 * The sifting of E91 in the form of Acín et al., PRL 98 230501 (2007): Alice measures A0 (key), A1
 * or A2, Bob B1 or B2, with A0 = B1. The pair (A0, B1) makes key; the pairs (A1|A2, B1|B2) are
 * announced for the CHSH test, labelled 2(a − 1) + b; (A0, B2) is discarded.
 */
public final class ChshSifting implements SiftingRule {

  public static final int A0 = 0;
  public static final int A1 = 1;
  public static final int A2 = 2;
  public static final int B1 = 0;
  public static final int B2 = 1;

  @Override
  public int route(int aliceSetting, int bobSetting) {
    if (aliceSetting == A0) {
      return bobSetting == B1 ? KEY : DISCARD;
    }
    return TEST;
  }

  @Override
  public int label(int intensity, int aliceSetting, int bobSetting) {
    return aliceSetting == A0 ? 0 : pair(aliceSetting, bobSetting);
  }

  /** The CHSH label of (A_a, B_b), a ∈ {1, 2}, b ∈ {0 = B1, 1 = B2}: 0..3. */
  public static int pair(int aliceSetting, int bobSetting) {
    return 2 * (aliceSetting - 1) + bobSetting;
  }
}
