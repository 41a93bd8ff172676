package io.qgate.qkd.reconciliation;

import java.util.Arrays;

/**
 * A FIFO of sub-blocks to examine: pass, top-level block, heap node, shuffled range [from, to), and
 * the end of the parent's range when the right sibling is to be tried next (else −1).
 */
final class WorkQueue {

  private int[] items = new int[6 * 64];
  private int head;
  private int tail;

  void add(int pass, int block, int node, int from, int to, int parentTo) {
    if (head == tail) {
      head = tail = 0;
    }
    if (tail + 6 > items.length) {
      items = Arrays.copyOf(items, 2 * items.length);
    }
    items[tail] = pass;
    items[tail + 1] = block;
    items[tail + 2] = node;
    items[tail + 3] = from;
    items[tail + 4] = to;
    items[tail + 5] = parentTo;
    tail += 6;
  }

  boolean isEmpty() {
    return head == tail;
  }

  /** Index of the next item, removed from the queue; read it with {@link #get} before adding. */
  int poll() {
    int at = head;
    head += 6;
    return at;
  }

  int get(int at, int field) {
    return items[at + field];
  }

  /** Makes every item added since the last {@link #clear} pending again. */
  void rewind() {
    head = 0;
  }

  void clear() {
    head = tail = 0;
  }
}
