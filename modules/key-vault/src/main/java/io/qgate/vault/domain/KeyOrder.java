package io.qgate.vault.domain;

import io.qgate.policy.domain.KeyClass;
import java.util.Objects;

/**
 * What the store issues for one request once the policy chose the class: {@code number} keys of
 * {@code sizeBits} bits each. HYBRID and PQC keys come out of the SP 800-56C KDF, which makes 128
 * to 512 bits.
 */
public record KeyOrder(int number, int sizeBits, KeyClass keyClass) {

  public static final int MIN_DERIVED_BITS = 128;
  public static final int MAX_DERIVED_BITS = 512;

  /** Whether keys of {@code keyClass} can have {@code sizeBits} bits. */
  public static boolean fits(KeyClass keyClass, int sizeBits) {
    return keyClass == KeyClass.QKD
        || (sizeBits >= MIN_DERIVED_BITS && sizeBits <= MAX_DERIVED_BITS);
  }

  public KeyOrder {
    Objects.requireNonNull(keyClass, "keyClass");
    if (!fits(keyClass, sizeBits)) {
      throw EtsiException.badRequest(
          keyClass
              + " keys are "
              + MIN_DERIVED_BITS
              + " to "
              + MAX_DERIVED_BITS
              + " bits; ask for QKD keys for other sizes",
          "size",
          sizeBits);
    }
  }
}
