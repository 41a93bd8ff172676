package io.qgate.netsim.model;

import io.qgate.netsim.events.EventQueue;
import io.qgate.netsim.topology.Topology;

/**
 * Moves keys hop by hop along a path of trusted nodes. Each hop takes one key's worth of bits from
 * that link's pool (the key travels one-time-pad encrypted under it, so no pool bit is used twice),
 * waits in FIFO order when the pool is short, then costs the receiving node one key operation (one
 * at a time per node) and a classical round trip along the fibre.
 */
final class KeyDelivery {

  /** What becomes of a request; the caller closes it. */
  interface Outcome {
    void delivered(int request, long at);

    void failed(int request, long now);
  }

  private final EventQueue events;
  private final KeyPools pools;
  private final Requests requests;
  private final IntQueue[] waiting;
  private final boolean[] readyScheduled;
  private final long[] hopNanos;
  private final long[] nodeFreeAt;
  private final long[] nodeOperations;
  private final int[] linkTier;
  private final int keyBits;
  private final long serviceNanos;
  private final Metrics metrics;
  final boolean[] linkAlive;
  private Outcome outcome;

  KeyDelivery(
      EventQueue events,
      Topology t,
      KeyPools pools,
      Requests requests,
      SimulationConfig c,
      Metrics metrics) {
    int links = t.links().size();
    this.events = events;
    this.pools = pools;
    this.requests = requests;
    this.metrics = metrics;
    waiting = new IntQueue[links];
    readyScheduled = new boolean[links];
    hopNanos = new long[links];
    linkAlive = new boolean[links];
    linkTier = new int[links];
    for (int l = 0; l < links; l++) {
      waiting[l] = new IntQueue();
      linkAlive[l] = true;
      // Request out and acknowledgement back along the fibre: 2 × 5 µs/km.
      hopNanos[l] = Math.round(2 * t.links().get(l).fibreKm() * c.timing().fibreNanosPerKm());
      linkTier[l] = Tier.of(t, l).ordinal();
    }
    nodeFreeAt = new long[t.nodes().size()];
    nodeOperations = new long[t.nodes().size()];
    keyBits = c.policy().keyBits();
    serviceNanos = c.timing().kmeServiceNanos();
  }

  void onOutcome(Outcome o) {
    outcome = o;
  }

  /** Key operations each node has done so far. */
  long[] nodeOperations() {
    return nodeOperations;
  }

  void hop(long now, int r) {
    int link = requests.links[r][requests.hop[r]];
    if (!linkAlive[link] || tooLate(r, now)) {
      outcome.failed(r, now);
    } else if (!waiting[link].isEmpty()) {
      waiting[link].add(r);
    } else if (pools.take(link, now, keyBits)) {
      forward(now, r, link);
    } else {
      waiting[link].add(r);
      scheduleReady(link, now);
    }
  }

  void poolReady(long now, int link) {
    readyScheduled[link] = false;
    IntQueue queue = waiting[link];
    while (!queue.isEmpty()) {
      int r = queue.peek();
      if (!linkAlive[link] || tooLate(r, now)) {
        outcome.failed(queue.poll(), now);
      } else if (pools.take(link, now, keyBits)) {
        forward(now, queue.poll(), link);
      } else {
        scheduleReady(link, now);
        return;
      }
    }
  }

  /** A link is cut: everything waiting on it fails now. */
  void cut(long now, int link) {
    linkAlive[link] = false;
    while (!waiting[link].isEmpty()) {
      outcome.failed(waiting[link].poll(), now);
    }
  }

  /**
   * A node refuses a key it could not finish before the request's deadline (its backlog is too
   * long), so an overloaded node spends no pool key and no time on keys nobody will get in time.
   */
  private boolean tooLate(int r, long now) {
    int hop = requests.hop[r];
    int node = requests.nodes[r][hop + 1];
    int link = requests.links[r][hop];
    return Math.max(now, nodeFreeAt[node]) + serviceNanos + hopNanos[link] > requests.deadline[r];
  }

  private void forward(long now, int r, int link) {
    metrics.consumed(linkTier[link], keyBits, now);
    int hop = requests.hop[r];
    int node = requests.nodes[r][hop + 1];
    long start = Math.max(now, nodeFreeAt[node]);
    nodeFreeAt[node] = start + serviceNanos;
    nodeOperations[node]++;
    long arrival = start + serviceNanos + hopNanos[link];
    requests.hop[r] = hop + 1;
    if (hop + 1 == requests.links[r].length) {
      outcome.delivered(r, arrival);
    } else {
      events.schedule(arrival, EventKinds.HOP, r, 0);
    }
  }

  private void scheduleReady(int l, long now) {
    if (readyScheduled[l]) {
      return;
    }
    long wait = pools.nanosUntil(l, now, keyBits);
    if (wait == Long.MAX_VALUE) {
      cut(now, l); // a link with no key rate can never serve; routing should not use it
      return;
    }
    readyScheduled[l] = true;
    events.schedule(now + wait, EventKinds.POOL_READY, l, 0);
  }
}
