package io.qgate.qkd.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Gf64Test {

  private static final BigInteger MODULUS =
      BigInteger.ONE.shiftLeft(64).or(BigInteger.valueOf(0x1B));

  @Property
  void multiplicationIsAFieldProduct(@ForAll long a, @ForAll long b, @ForAll long c) {
    assertThat(Gf64.multiply(a, b)).isEqualTo(Gf64.multiply(b, a));
    assertThat(Gf64.multiply(Gf64.multiply(a, b), c))
        .isEqualTo(Gf64.multiply(a, Gf64.multiply(b, c)));
    assertThat(Gf64.multiply(a, b ^ c)).isEqualTo(Gf64.multiply(a, b) ^ Gf64.multiply(a, c));
    assertThat(Gf64.multiply(a, 1)).isEqualTo(a);
  }

  @Property
  void agreesWithPolynomialArithmeticModuloTheFieldPolynomial(@ForAll long a, @ForAll long b) {
    BigInteger product = mod(clmul(unsigned(a), unsigned(b)), MODULUS);
    assertThat(Gf64.multiply(a, b)).isEqualTo(product.longValue());
  }

  /**
   * Rabin's test: x^64 + x^4 + x^3 + x + 1 is irreducible iff x^(2^64) ≡ x and gcd(x^(2^32) − x, P)
   * = 1 — so GF(2^64) is a field and the hash's root counting holds.
   */
  @Test
  void fieldPolynomialIsIrreducible() {
    long x = 2;
    long power = x;
    long power32 = 0;
    for (int i = 1; i <= 64; i++) {
      power = Gf64.multiply(power, power);
      if (i == 32) {
        power32 = power;
      }
    }
    assertThat(power).isEqualTo(x);
    assertThat(gcd(MODULUS, unsigned(power32 ^ x))).isEqualTo(BigInteger.ONE);
  }

  private static BigInteger unsigned(long v) {
    return new BigInteger(Long.toUnsignedString(v));
  }

  private static BigInteger clmul(BigInteger a, BigInteger b) {
    BigInteger r = BigInteger.ZERO;
    for (int i = 0; i < b.bitLength(); i++) {
      if (b.testBit(i)) {
        r = r.xor(a.shiftLeft(i));
      }
    }
    return r;
  }

  private static BigInteger mod(BigInteger a, BigInteger m) {
    while (a.bitLength() >= m.bitLength()) {
      a = a.xor(m.shiftLeft(a.bitLength() - m.bitLength()));
    }
    return a;
  }

  private static BigInteger gcd(BigInteger a, BigInteger b) {
    while (b.signum() != 0) {
      BigInteger r = mod(a, b);
      a = b;
      b = r;
    }
    return a;
  }
}
