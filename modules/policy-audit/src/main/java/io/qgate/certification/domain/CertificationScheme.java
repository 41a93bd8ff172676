package io.qgate.certification.domain;

/** The certification schemes the registry knows, each with the levels it defines. */
public enum CertificationScheme {
  /** IEC 62443-4-2 component security level SL 1–4. */
  IEC_62443_4_2(4),
  /** FIPS 140-3 cryptographic module security level 1–4. */
  FIPS_140_3(4),
  /**
   * ETSI GS QKD 016 protection profile for QKD modules; level is the evaluation assurance level.
   */
  ETSI_GS_QKD_016(7);

  private final int maxLevel;

  CertificationScheme(int maxLevel) {
    this.maxLevel = maxLevel;
  }

  public boolean definesLevel(int level) {
    return level >= 1 && level <= maxLevel;
  }

  public int maxLevel() {
    return maxLevel;
  }
}
