package io.qgate.qkd.sifting;

/** Where the announced settings send a detection: the raw key, the test data, or nowhere. */
public interface SiftingRule {

  int DISCARD = 0;
  int KEY = 1;
  int TEST = 2;

  /** {@link #KEY}, {@link #TEST} or {@link #DISCARD} for Alice's and Bob's settings. */
  int route(int aliceSetting, int bobSetting);

  /** The public label kept with a sifted bit: by default Alice's intensity class. */
  default int label(int intensity, int aliceSetting, int bobSetting) {
    return intensity;
  }
}
