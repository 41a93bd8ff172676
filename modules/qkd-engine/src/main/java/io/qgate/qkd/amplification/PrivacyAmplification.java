package io.qgate.qkd.amplification;

import io.qgate.qkd.bits.BitArray;
import java.util.random.RandomGenerator;

/**
 * Privacy amplification: both parties compress their identical reconciled key to ℓ bits with the
 * same Toeplitz matrix, whose n + ℓ − 1 seed bits come from a shared public random source. By the
 * leftover hash lemma the result is ε-close to uniform for Eve when ℓ is set by the finite-key
 * analysis (Renner, PhD thesis, ETH 2005; Tomamichel et al., Nat. Commun. 3, 634 (2012)).
 */
public final class PrivacyAmplification {

  private PrivacyAmplification() {}

  /** Compresses {@code key} to {@code finalBits} bits with a freshly drawn seed. */
  public static AmplifiedKey apply(BitArray key, int finalBits, RandomGenerator shared) {
    if (finalBits < 0 || finalBits > key.length()) {
      throw new IllegalArgumentException(
          "final key of " + finalBits + " bits from " + key.length() + " bits");
    }
    if (finalBits == 0) {
      return new AmplifiedKey(new BitArray(0), 0);
    }
    BitArray seed = BitArray.random(ToeplitzHash.seedBits(key.length(), finalBits), shared);
    return new AmplifiedKey(ToeplitzHash.hash(key, seed, finalBits), seed.length());
  }

  /**
   * A final key.
   *
   * @param key the ℓ-bit secret key
   * @param seedBits shared random bits consumed for the Toeplitz seed
   */
  public record AmplifiedKey(BitArray key, int seedBits) {}
}
