package io.qgate.qkd.sifting;

/** Where the announced settings send a detection: the raw key, the test data, or nowhere. */
public interface SiftingRule {

  int DISCARD = 0;
  int KEY = 1;
  int TEST = 2;

  /** {@link #KEY}, {@link #TEST} or {@link #DISCARD} for Alice's and Bob's settings. */
  int route(int aliceSetting, int bobSetting);

  /**
   * The route of one detection from its {@link Detections} flags: by default by the settings alone;
   * a rule whose decision needs Bob's result as well (SARG04) overrides it.
   */
  default int routeDetection(int flags) {
    return route(Detections.aliceSetting(flags), Detections.bobSetting(flags));
  }

  /** The flags of the sifted bit: by default the raw bits are the key bits. */
  default int keyFlags(int flags) {
    return flags;
  }

  /** The public label kept with a sifted bit: by default Alice's intensity class. */
  default int label(int intensity, int aliceSetting, int bobSetting) {
    return intensity;
  }
}
