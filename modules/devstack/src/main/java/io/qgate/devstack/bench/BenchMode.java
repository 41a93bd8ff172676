package io.qgate.devstack.bench;

import java.util.Locale;

/** What {@code ./qgate bench etsi} measures. */
public enum BenchMode {
  /** enc_keys as the master SAE, one request after another per client. */
  ENC,
  /** dec_keys as the slave SAE, of keys reserved with enc_keys (128 per request) in the warm-up. */
  DEC,
  /** Each client alternates enc_keys as the master and dec_keys of the same keys as the slave. */
  BOTH;

  /** The option value: {@code enc}, {@code dec} or {@code both}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code enc}, {@code dec} or {@code both} (any case); {@link IllegalArgumentException} else. */
  public static BenchMode parse(String value) {
    for (BenchMode mode : values()) {
      if (mode.label().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "--mode must be enc, dec or both, got '" + value.strip() + "'");
  }
}
