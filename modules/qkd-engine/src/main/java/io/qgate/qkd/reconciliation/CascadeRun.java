package io.qgate.qkd.reconciliation;

import io.qgate.qkd.bits.BitArray;

/**
 * Bob's side of one Cascade frame (Brassard and Salvail, "Secret-key reconciliation by public
 * discussion", EUROCRYPT '93). Each pass shuffles the key, splits it into blocks of k_i bits and
 * compares block parities with Alice; a block of odd error parity is bisected (BINARY) down to one
 * wrong bit, which is flipped. The flip changes the error parity of the block holding that bit in
 * every other pass, so those blocks are bisected in turn: the cascade.
 *
 * <p>Work proceeds in rounds as in a networked implementation (and in Rijsman's cascade-cpp, whose
 * efficiencies we reproduce): Bob examines every pending sub-block as far as known parities take
 * him, then asks Alice all the parities he is missing in one message. Alice's parity of every
 * sub-block is remembered (a right half follows from its parent and left half), so nothing is
 * disclosed twice.
 */
final class CascadeRun {

  private static final int PASS = 0;
  private static final int BLOCK = 1;
  private static final int NODE = 2;
  private static final int FROM = 3;
  private static final int TO = 4;
  private static final int PARENT_TO = 5;

  private final int n;
  private final int[] size;
  private final int[] blocks;
  private final Shuffles shuffles;
  private final AliceParities alice;
  private final BitArray key;
  private final BitArray[] bob;
  private final byte[][] odd;
  private final byte[][] aliceBlock;
  private final NodeParities[] nodes;
  private WorkQueue examine = new WorkQueue();
  private WorkQueue ask = new WorkQueue();
  private int started;
  private long messages;

  CascadeRun(BitArray aliceKey, BitArray bobKey, int[] blockSizes, Shuffles shuffles) {
    int passes = blockSizes.length;
    this.n = bobKey.length();
    this.size = blockSizes;
    this.blocks = new int[passes];
    this.shuffles = shuffles;
    this.alice = new AliceParities(aliceKey, shuffles, passes);
    this.key = bobKey.copy();
    this.bob = new BitArray[passes];
    this.bob[0] = key;
    this.odd = new byte[passes][];
    this.aliceBlock = new byte[passes][];
    this.nodes = new NodeParities[passes];
    for (int p = 0; p < passes; p++) {
      blocks[p] = (n + size[p] - 1) / size[p];
      odd[p] = new byte[blocks[p]];
      aliceBlock[p] = new byte[blocks[p]];
    }
  }

  ReconciliationResult run() {
    for (int p = 0; p < size.length; p++) {
      startPass(p);
      serviceRounds();
    }
    return new ReconciliationResult(key, alice.disclosed(), messages);
  }

  // One message: Alice sends the parity of every top-level block of the pass.
  private void startPass(int p) {
    started = p + 1;
    messages++;
    if (p > 0 && (blocks[p] == 1 || size[p] == (n + 1) / 2)) {
      // One or two half-frame blocks: parities by mask; shuffled copies only if bisected.
      int bobTotal = key.bitCount() & 1;
      if (blocks[p] == 1) {
        topLevel(p, 0, alice.totalParity(), bobTotal);
      } else {
        int bobFirst = AliceParities.maskedParity(key, shuffles.firstHalf(p));
        topLevel(p, 0, alice.firstHalfParity(p), bobFirst);
        topLevel(p, 1, alice.secondHalfParity(p), bobTotal ^ bobFirst);
      }
      return;
    }
    BitArray shuffled = shuffledBob(p);
    for (int b = 0; b < blocks[p]; b++) {
      int from = b * size[p];
      int to = Math.min(n, from + size[p]);
      topLevel(p, b, alice.parity(p, from, to), shuffled.parity(from, to));
    }
  }

  private void topLevel(int p, int b, int aliceParity, int bobParity) {
    aliceBlock[p][b] = (byte) aliceParity;
    odd[p][b] = (byte) (aliceParity ^ bobParity);
    if (odd[p][b] != 0) {
      int from = b * size[p];
      examine.add(p, b, 1, from, Math.min(n, from + size[p]), -1);
    }
  }

  private BitArray shuffledBob(int p) {
    if (bob[p] == null) {
      bob[p] = key.gather(shuffles.order(p));
    }
    return bob[p];
  }

  private void serviceRounds() {
    while (!examine.isEmpty()) {
      while (!examine.isEmpty()) {
        int at = examine.poll();
        examine(
            examine.get(at, PASS),
            examine.get(at, BLOCK),
            examine.get(at, NODE),
            examine.get(at, FROM),
            examine.get(at, TO),
            examine.get(at, PARENT_TO));
      }
      if (!ask.isEmpty()) {
        answerQuestions();
      }
    }
  }

  // One message: Alice answers every parity question of this round; each answer is disclosed.
  private void answerQuestions() {
    messages++;
    WorkQueue answered = ask;
    while (!ask.isEmpty()) {
      int at = ask.poll();
      int p = ask.get(at, PASS);
      int b = ask.get(at, BLOCK);
      int node = ask.get(at, NODE);
      int aliceParity = alice.parity(p, ask.get(at, FROM), ask.get(at, TO));
      NodeParities known = nodes[p];
      known.put(b, node, aliceParity);
      known.put(b, node ^ 1, known.get(b, node >>> 1) ^ aliceParity);
    }
    // The answered sub-blocks are examined next round (same items, now with known parities).
    answered.rewind();
    examine.clear();
    ask = examine;
    examine = answered;
  }

  // BINARY, as far as known parities allow: follow the odd half; an even left half sends us right.
  private void examine(int p, int b, int node, int from, int to, int parentTo) {
    while (true) {
      int aliceParity;
      int errorParity;
      if (node == 1) {
        errorParity = odd[p][b];
      } else {
        NodeParities known = nodes[p];
        if (!known.isKnown(b, node)) {
          ask.add(p, b, node, from, to, parentTo);
          return;
        }
        aliceParity = known.get(b, node);
        errorParity = aliceParity ^ shuffledBob(p).parity(from, to);
      }
      if (errorParity == 0) {
        if (parentTo < 0) {
          return;
        }
        node++; // the right sibling: its parity follows from parent and left half
        from = to;
        to = parentTo;
        parentTo = -1;
      } else if (to - from == 1) {
        correct(p, p == 0 ? from : shuffles.order(p)[from]);
        return;
      } else {
        if (nodes[p] == null) {
          nodes[p] = new NodeParities(blocks[p], size[p], aliceBlock[p]);
        }
        parentTo = to;
        to = (from + to) >>> 1;
        node *= 2;
      }
    }
  }

  // The cascade: the flipped bit toggles its block's error parity in every started pass; the
  // blocks of the other passes are examined again.
  private void correct(int triggeringPass, int j) {
    key.flip(j);
    for (int q = 0; q < started; q++) {
      int position = shuffles.positionOf(q, j);
      if (q > 0 && bob[q] != null) {
        bob[q].flip(position);
      }
      int b = position / size[q];
      odd[q][b] ^= 1;
      if (q != triggeringPass) {
        int from = b * size[q];
        examine.add(q, b, 1, from, Math.min(n, from + size[q]), -1);
      }
    }
  }
}
