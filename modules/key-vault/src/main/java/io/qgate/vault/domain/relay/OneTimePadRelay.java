package io.qgate.vault.domain.relay;

import java.util.Arrays;
import java.util.List;

/**
 * What trusted nodes do to carry a key K over further hops: the node before hop i sends C_i = K ⊕
 * P_i over the classical channel, P_i being a fresh QKD key of hop i of K's length, and the node
 * after it recovers K = C_i ⊕ P_i (one-time pad: C_i reveals nothing about K to anyone without P_i;
 * Vernam 1926, Shannon 1949). Every trusted node holds K in clear on the way.
 */
public final class OneTimePadRelay {

  private OneTimePadRelay() {}

  /**
   * Carries {@code key} (the first hop's QKD key) across the hops whose pads are {@code pads}.
   *
   * @return the key as the last node recovers it (a new array; the caller erases it)
   */
  public static byte[] carry(byte[] key, List<byte[]> pads) {
    byte[] held = key.clone();
    for (byte[] pad : pads) {
      if (pad.length != held.length) {
        throw new IllegalArgumentException("a pad must be as long as the key it protects");
      }
      byte[] sent = xor(held, pad); // C_i on the classical channel of hop i
      Arrays.fill(held, (byte) 0);
      held = xor(sent, pad); // what the next node recovers
      Arrays.fill(sent, (byte) 0);
    }
    return held;
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }
}
