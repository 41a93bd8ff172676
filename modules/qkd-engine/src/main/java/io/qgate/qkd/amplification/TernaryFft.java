package io.qgate.qkd.amplification;

/**
 * Length-3^k DFT over {@link TernaryRing} R with root ω = x^t, t = L / 3^(k-1) (ω has order 3^k
 * because x^2L + x^L + 1 is the 3^k-th cyclotomic polynomial in x^t; Schönhage 1977). Forward is
 * radix-3 decimation in frequency (natural order in, digit-reversed out), inverse undoes it stage
 * by stage (digit-reversed in, natural out), so a cyclic convolution needs no reordering. In
 * characteristic 2, 3 = 1: the inverse of the 3-point DFT is its conjugate and needs no scaling.
 */
final class TernaryFft {

  final int k;
  final int size;
  final TernaryRing ring;
  private final int t;
  private final long[] y1;
  private final long[] y2;

  /** A transform of length 3^k over R with block length {@code l}, a multiple of 3^(k-1). */
  TernaryFft(int k, int l) {
    int third = pow3(k - 1);
    if (l % third != 0) {
      throw new IllegalArgumentException("L = " + l + " is not a multiple of 3^" + (k - 1));
    }
    this.k = k;
    this.size = 3 * third;
    this.ring = new TernaryRing(l);
    this.t = l / third;
    this.y1 = new long[ring.elementWords];
    this.y2 = new long[ring.elementWords];
  }

  static int pow3(int e) {
    int p = 1;
    for (int i = 0; i < e; i++) {
      p *= 3;
    }
    return p;
  }

  /** In-place forward transform of {@code size} elements stored back to back in {@code v}. */
  void forward(long[] v) {
    int ew = ring.elementWords;
    for (int n = size; n >= 3; n /= 3) {
      int m = n / 3;
      int step = t * (size / n); // ω_n = x^step
      for (int base = 0; base < size; base += n) {
        for (int i = 0; i < m; i++) {
          int a = (base + i) * ew;
          forwardButterfly(v, a, a + m * ew, a + 2 * m * ew, step * i);
        }
      }
    }
  }

  /** In-place inverse of {@link #forward(long[])}. */
  void inverse(long[] v) {
    int ew = ring.elementWords;
    int threeL = 3 * ring.l;
    for (int n = 3; n <= size; n *= 3) {
      int m = n / 3;
      int step = t * (size / n);
      for (int base = 0; base < size; base += n) {
        for (int i = 0; i < m; i++) {
          int a = (base + i) * ew;
          int e = step * i;
          inverseButterfly(v, a, a + m * ew, a + 2 * m * ew, e == 0 ? 0 : threeL - e);
        }
      }
    }
  }

  // (a, b, c) -> (a + b + c, (a + ρb + ρ²c)·x^e, (a + ρ²b + ρc)·x^2e), ρ = x^L.
  private void forwardButterfly(long[] v, int ia, int ib, int ic, int e) {
    int bw = ring.blockWords;
    for (int w = 0; w < bw; w++) {
      long a0 = v[ia + w];
      long a1 = v[ia + bw + w];
      long b0 = v[ib + w];
      long b1 = v[ib + bw + w];
      long c0 = v[ic + w];
      long c1 = v[ic + bw + w];
      v[ia + w] = a0 ^ b0 ^ c0;
      v[ia + bw + w] = a1 ^ b1 ^ c1;
      y1[w] = a0 ^ b1 ^ c0 ^ c1;
      y1[bw + w] = a1 ^ b0 ^ b1 ^ c0;
      y2[w] = a0 ^ b0 ^ b1 ^ c1;
      y2[bw + w] = a1 ^ b0 ^ c0 ^ c1;
    }
    ring.multiplyByXPower(y1, 0, v, ib, e);
    ring.multiplyByXPower(y2, 0, v, ic, 2 * e);
  }

  // Undo: y1·x^-e, y2·x^-2e (here e is already 3L - e), then the conjugate 3-point DFT.
  private void inverseButterfly(long[] v, int ia, int ib, int ic, int e) {
    int bw = ring.blockWords;
    int threeL = 3 * ring.l;
    ring.multiplyByXPower(v, ib, y1, 0, e);
    ring.multiplyByXPower(v, ic, y2, 0, e == 0 ? 0 : (2 * e) % threeL);
    for (int w = 0; w < bw; w++) {
      long u0 = v[ia + w];
      long u1 = v[ia + bw + w];
      long p0 = y1[w];
      long p1 = y1[bw + w];
      long q0 = y2[w];
      long q1 = y2[bw + w];
      v[ia + w] = u0 ^ p0 ^ q0;
      v[ia + bw + w] = u1 ^ p1 ^ q1;
      v[ib + w] = u0 ^ p0 ^ p1 ^ q1;
      v[ib + bw + w] = u1 ^ p0 ^ q0 ^ q1;
      v[ic + w] = u0 ^ p1 ^ q0 ^ q1;
      v[ic + bw + w] = u1 ^ p0 ^ p1 ^ q0;
    }
  }
}
