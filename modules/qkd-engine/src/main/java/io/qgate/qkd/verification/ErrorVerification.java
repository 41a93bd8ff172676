package io.qgate.qkd.verification;

import io.qgate.qkd.amplification.ToeplitzHash;
import io.qgate.qkd.bits.BitArray;
import java.util.random.RandomGenerator;

/**
 * Error verification after reconciliation: Alice and Bob compare t-bit tags of their keys under a
 * Toeplitz hash whose seed they draw from a shared public random source. Toeplitz matrices are a
 * universal family, so two different keys get equal tags with probability exactly 2^−t over the
 * seed (Krawczyk, CRYPTO '94; Carter and Wegman 1979); a passed check makes the keys ε_cor-correct
 * with ε_cor = 2^−t (Tomamichel et al., Nat. Commun. 3, 634 (2012)). The tag is public: its t bits
 * count as disclosed, to be subtracted in privacy amplification.
 */
public final class ErrorVerification {

  private final int tagBits;

  /** A check with {@code tagBits} tag bits, 1 ≤ t ≤ 1024. */
  public ErrorVerification(int tagBits) {
    if (tagBits < 1 || tagBits > 1024) {
      throw new IllegalArgumentException("tag bits must be in [1, 1024], was " + tagBits);
    }
    this.tagBits = tagBits;
  }

  /** The number of tag bits t needed for a target ε_cor: t = ⌈log2(1/ε_cor)⌉. */
  public static int tagBitsFor(double epsilonCorrect) {
    if (!(epsilonCorrect > 0 && epsilonCorrect < 1)) {
      throw new IllegalArgumentException("ε_cor must be in (0, 1), was " + epsilonCorrect);
    }
    return (int) Math.ceil(-Math.log(epsilonCorrect) / Math.log(2));
  }

  public int tagBits() {
    return tagBits;
  }

  /** ε_cor = 2^−t: the probability that different keys pass. */
  public double epsilonCorrect() {
    return Math.pow(2, -tagBits);
  }

  /** Seed length for n-bit keys: n + t − 1 bits. */
  public int seedBits(int keyBits) {
    return ToeplitzHash.seedBits(keyBits, Math.min(tagBits, keyBits));
  }

  /** The seed both parties draw from their shared random source. */
  public BitArray drawSeed(int keyBits, RandomGenerator shared) {
    return BitArray.random(seedBits(keyBits), shared);
  }

  /** The tag of one key (each party computes its own). */
  public BitArray tag(BitArray key, BitArray seed) {
    return ToeplitzHash.hash(key, seed, Math.min(tagBits, key.length()));
  }

  /** Both sides of the check in one process: draw the seed, compare the tags. */
  public VerificationResult verify(BitArray alice, BitArray bob, RandomGenerator shared) {
    if (alice.length() != bob.length()) {
      throw new IllegalArgumentException(
          "keys of " + alice.length() + " and " + bob.length() + " bits");
    }
    BitArray seed = drawSeed(alice.length(), shared);
    boolean passed = tag(alice, seed).equals(tag(bob, seed));
    // A key shorter than the tag gets a tag of its own length, and ε_cor = 2^−n.
    int bits = Math.min(tagBits, alice.length());
    return new VerificationResult(passed, bits, seed.length(), Math.pow(2, -bits));
  }
}
