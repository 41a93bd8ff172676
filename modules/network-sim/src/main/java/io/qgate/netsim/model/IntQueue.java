package io.qgate.netsim.model;

import java.util.Arrays;

/** A FIFO of ints in a growable ring buffer: requests waiting for key on one link. */
final class IntQueue {

  private int[] items = new int[4];
  private int head;
  private int size;

  void add(int item) {
    if (size == items.length) {
      int[] grown = new int[items.length * 2];
      for (int i = 0; i < size; i++) {
        grown[i] = items[(head + i) % items.length];
      }
      items = grown;
      head = 0;
    }
    items[(head + size++) % items.length] = item;
  }

  int peek() {
    return items[head];
  }

  int poll() {
    int item = items[head];
    head = (head + 1) % items.length;
    size--;
    return item;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(items, 0);
    head = 0;
    size = 0;
  }
}
