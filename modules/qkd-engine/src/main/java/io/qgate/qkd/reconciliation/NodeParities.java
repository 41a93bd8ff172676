package io.qgate.qkd.reconciliation;

/**
 * Alice's parities disclosed so far in one pass: for each top-level block a binary tree of
 * bisection sub-blocks in heap order (root 1, children 2i and 2i+1), as two bitsets.
 */
final class NodeParities {

  private final long span;
  private final long[] known;
  private final long[] value;

  /** Trees for {@code roots.length} blocks of {@code blockSize} bits, roots already disclosed. */
  NodeParities(int blocks, int blockSize, byte[] roots) {
    this.span = 2L * Integer.highestOneBit(Math.max(1, 2 * blockSize - 1));
    long bits = blocks * span;
    this.known = new long[(int) ((bits + 63) >>> 6)];
    this.value = new long[known.length];
    for (int b = 0; b < blocks; b++) {
      put(b, 1, roots[b]);
    }
  }

  boolean isKnown(int block, int node) {
    long i = block * span + node;
    return (known[(int) (i >>> 6)] >>> i & 1) != 0;
  }

  int get(int block, int node) {
    long i = block * span + node;
    return (int) (value[(int) (i >>> 6)] >>> i & 1);
  }

  void put(int block, int node, int parity) {
    long i = block * span + node;
    known[(int) (i >>> 6)] |= 1L << i;
    value[(int) (i >>> 6)] |= (long) parity << i;
  }
}
