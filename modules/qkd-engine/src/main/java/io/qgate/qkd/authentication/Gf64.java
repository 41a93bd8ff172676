package io.qgate.qkd.authentication;

/**
 * Arithmetic in GF(2^64) = GF(2)[x] / (x^64 + x^4 + x^3 + x + 1): addition is XOR, multiplication
 * is carry-less with reduction. Bit i of a {@code long} is the coefficient of x^i.
 */
public final class Gf64 {

  /** x^64 ≡ x^4 + x^3 + x + 1: the low terms of the (irreducible) field polynomial. */
  static final long REDUCTION = 0x1BL;

  private Gf64() {}

  /** a · b, by shift-and-add over the bits of b; constant time in the operands' values. */
  public static long multiply(long a, long b) {
    long product = 0;
    for (int i = 0; i < 64; i++) {
      product ^= a & -(b & 1);
      b >>>= 1;
      // a ← a · x: shift, and fold x^64 back in when the top bit falls off.
      a = (a << 1) ^ ((a >> 63) & REDUCTION);
    }
    return product;
  }
}
