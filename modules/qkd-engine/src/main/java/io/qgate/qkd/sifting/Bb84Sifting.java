package io.qgate.qkd.sifting;

/**
 * BB84 basis reconciliation: keep a detection when Alice's and Bob's bases agree (Bennett, Brassard
 * 1984), half of them with uniform bases. Settings: {@link #X} = 0, {@link #Z} = 1.
 */
public enum Bb84Sifting implements SiftingRule {

  /** Both bases make key; a random sample of the sifted bits is disclosed for estimation. */
  SYMMETRIC {
    @Override
    public int route(int aliceSetting, int bobSetting) {
      return aliceSetting == bobSetting ? KEY : DISCARD;
    }
  },

  /**
   * X makes the raw key and Z is disclosed to bound the phase errors, each per intensity class
   * (Lim, Curty, Walenta, Xu, Zbinden, PRA 89 022307 (2014), protocol steps 3–4).
   */
  KEY_AND_TEST_BASES {
    @Override
    public int route(int aliceSetting, int bobSetting) {
      if (aliceSetting != bobSetting) {
        return DISCARD;
      }
      return aliceSetting == X ? KEY : TEST;
    }
  };

  public static final int X = 0;
  public static final int Z = 1;
}
