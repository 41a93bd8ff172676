package io.qgate.netsim.events;

import java.util.Arrays;

/**
 * The discrete-event kernel: a binary min-heap of timestamped events held in primitive arrays.
 * Events at the same nanosecond run in the order they were scheduled (a sequence number breaks
 * ties), so a run is a pure function of its inputs and seed.
 */
public final class EventQueue {

  private long[] time = new long[1024];
  private long[] sequence = new long[1024];
  private int[] kind = new int[1024];
  private int[] subject = new int[1024];
  private int[] detail = new int[1024];
  private int size;
  private long scheduled;
  private long processed;
  private long now;

  /** Schedules an event; scheduling in the past is a modelling error. */
  public void schedule(long at, int eventKind, int eventSubject, int eventDetail) {
    if (at < now) {
      throw new IllegalStateException("event scheduled in the past: " + at + " < " + now);
    }
    if (size == time.length) {
      grow();
    }
    int i = size++;
    long seq = scheduled++;
    // Sift up: move parents that come later down until the new event's place is found.
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(at, seq, parent)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, at, seq, eventKind, eventSubject, eventDetail);
  }

  /** Runs events in order until the queue is empty or the next one is after {@code endNanos}. */
  public void run(long endNanos, EventHandler handler) {
    while (size > 0 && time[0] <= endNanos) {
      long at = time[0];
      int k = kind[0];
      int s = subject[0];
      int d = detail[0];
      removeHead();
      now = at;
      processed++;
      handler.handle(at, k, s, d);
    }
    now = Math.max(now, endNanos);
  }

  public long now() {
    return now;
  }

  public long processed() {
    return processed;
  }

  public int pending() {
    return size;
  }

  private void removeHead() {
    int last = --size;
    if (last == 0) {
      return;
    }
    long at = time[last];
    long seq = sequence[last];
    int i = 0;
    // Sift down the last event from the root.
    while (true) {
      int child = 2 * i + 1;
      if (child >= last) {
        break;
      }
      if (child + 1 < last && earlier(child + 1, child)) {
        child++;
      }
      if (!earlierThan(child, at, seq)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, at, seq, kind[last], subject[last], detail[last]);
  }

  /** True if (at, seq) comes before the event in slot {@code slot}. */
  private boolean before(long at, long seq, int slot) {
    return at < time[slot] || (at == time[slot] && seq < sequence[slot]);
  }

  private boolean earlier(int a, int b) {
    return before(time[a], sequence[a], b);
  }

  private boolean earlierThan(int slot, long at, long seq) {
    return time[slot] < at || (time[slot] == at && sequence[slot] < seq);
  }

  private void move(int from, int to) {
    set(to, time[from], sequence[from], kind[from], subject[from], detail[from]);
  }

  private void set(int i, long at, long seq, int k, int s, int d) {
    time[i] = at;
    sequence[i] = seq;
    kind[i] = k;
    subject[i] = s;
    detail[i] = d;
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    sequence = Arrays.copyOf(sequence, n);
    kind = Arrays.copyOf(kind, n);
    subject = Arrays.copyOf(subject, n);
    detail = Arrays.copyOf(detail, n);
  }
}
