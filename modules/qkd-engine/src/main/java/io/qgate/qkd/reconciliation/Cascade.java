package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Cascade reconciliation protocol with a chosen block-size schedule ({@link CascadeVariant}).
 * The pass permutations come from {@code shuffleSeed}, a value both parties agree on in public;
 * they are built once per frame length and reused (the few most recent lengths are kept, since a
 * session's sifted frames vary in length). Thread-safe: each frame runs on its own state.
 */
public final class Cascade implements Reconciler {

  private static final int CACHED_LENGTHS = 4;

  private final CascadeVariant variant;
  private final long shuffleSeed;

  private final Map<Integer, Shuffles> shuffles =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Shuffles> eldest) {
          return size() > CACHED_LENGTHS;
        }
      };

  public Cascade(CascadeVariant variant, long shuffleSeed) {
    this.variant = variant;
    this.shuffleSeed = shuffleSeed;
  }

  public CascadeVariant variant() {
    return variant;
  }

  @Override
  public ReconciliationResult reconcile(BitArray alice, BitArray bob, double qber) {
    if (alice.length() != bob.length() || alice.length() == 0) {
      throw new IllegalArgumentException(
          "keys of " + alice.length() + " and " + bob.length() + " bits cannot be reconciled");
    }
    if (!(qber >= 0 && qber < 0.5)) {
      throw new IllegalArgumentException("QBER must be in [0, 0.5), got " + qber);
    }
    int n = alice.length();
    return new CascadeRun(alice, bob, variant.blockSizes(qber, n), shufflesFor(n)).run();
  }

  private synchronized Shuffles shufflesFor(int n) {
    return shuffles.computeIfAbsent(
        n, length -> new Shuffles(length, variant.passes(), shuffleSeed));
  }
}
