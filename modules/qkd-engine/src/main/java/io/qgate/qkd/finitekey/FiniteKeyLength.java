package io.qgate.qkd.finitekey;

import java.util.Map;

/** A finite-key result: the length, and the terms that explain it. */
public interface FiniteKeyLength {

  /** The signed bound before rounding; ≤ 0 means the block yields no key. */
  double lengthBound();

  /** ℓ = ⌊bound⌋, or 0 when there is not enough key. */
  default long finalKeyBits() {
    return lengthBound() < 1 ? 0 : (long) Math.floor(lengthBound());
  }

  default boolean enoughKey() {
    return finalKeyBits() > 0;
  }

  /** Why there is no key (null when there is one). */
  String shortfall();

  /** The named terms of the formula, in order, for reports. */
  Map<String, Object> terms();
}
