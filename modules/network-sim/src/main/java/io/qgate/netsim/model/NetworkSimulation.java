package io.qgate.netsim.model;

import io.qgate.netsim.events.EventHandler;
import io.qgate.netsim.events.EventQueue;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The deployment as a discrete-event model: devices rekey on their period, gateways fetch master
 * keys per epoch (derived mode) or one key per rekey (direct mode) over trusted-relay paths, and at
 * the failure time the most loaded non-leaf node goes down. Single-threaded and seeded, so a
 * configuration always gives the same outcome.
 */
public final class NetworkSimulation implements EventHandler, KeyDelivery.Outcome {

  /** A gateway that could not get its master key tries again this much later. */
  static final long RETRY_NANOS = 1_000_000_000L;

  /** Told how far the run is, now and then. */
  @FunctionalInterface
  public interface Progress {
    void at(long simulatedNanos, long totalNanos);
  }

  final SimulationConfig c;
  final Topology t;
  final EventQueue events = new EventQueue();
  final Requests requests = new Requests();
  final KeyPools pools;
  final Metrics metrics;
  final KeyDelivery delivery;
  final int[] gateways;
  final int[] gatewayOf;
  final boolean[] nodeAlive;
  final int[] masterEpoch;
  final IntQueue[] waiters;
  final long[] waitingSince;
  final SplittableRandom jitter;
  final Failure failure;
  Routes routes;
  long qkdKeysDelivered;

  private NetworkSimulation(SimulationConfig c) {
    this.c = c;
    t = c.topology();
    SplittableRandom random = new SplittableRandom(c.seed());
    gateways = t.indicesOf(Role.GATEWAY);
    gatewayOf = DeviceAttachment.attach(t, gateways, c.devices(), random.split());
    jitter = random.split();
    pools = new KeyPools(c.linkBitsPerSecond(), c.poolCapacityBits());
    metrics =
        new Metrics(
            c.devices(),
            c.bins(),
            c.durationNanos(),
            c.failureAtNanos(),
            c.policy().deadlineNanos());
    delivery = new KeyDelivery(events, t, pools, requests, c, metrics);
    delivery.onOutcome(this);
    nodeAlive = new boolean[t.nodes().size()];
    Arrays.fill(nodeAlive, true);
    routes = Routes.compute(t, gateways, c.linkBitsPerSecond(), nodeAlive, delivery.linkAlive);
    masterEpoch = new int[gateways.length];
    Arrays.fill(masterEpoch, -1);
    waiters = new IntQueue[gateways.length];
    Arrays.setAll(waiters, g -> new IntQueue());
    waitingSince = new long[c.devices()];
    Arrays.fill(waitingSince, -1);
    failure = new Failure(this);
  }

  /** Runs one configuration to its end. */
  public static SimulationOutcome run(SimulationConfig c, Progress progress) {
    return Summary.of(execute(c, progress));
  }

  /** Runs and returns the finished simulation, for tests that inspect its state. */
  static NetworkSimulation execute(SimulationConfig c, Progress progress) {
    NetworkSimulation s = new NetworkSimulation(c);
    s.start();
    // Rekeys stop at the end of the run; keys already on their way get one deadline to arrive.
    long end = c.durationNanos() + c.policy().deadlineNanos();
    int chunks = 200;
    for (int i = 1; i <= chunks; i++) {
      long until = i == chunks ? end : end / chunks * i;
      s.events.run(until, s);
      progress.at(until, end);
    }
    return s;
  }

  private void start() {
    long period = c.policy().periodNanos();
    for (int d = 0; d < c.devices(); d++) {
      events.schedule((long) (jitter.nextDouble() * period), EventKinds.DEVICE_REKEY, d, 0);
    }
    if (c.policy().mode() == KeyMode.DERIVED) {
      for (int g = 0; g < gateways.length; g++) {
        events.schedule(0, EventKinds.MASTER_REQUEST, g, 0);
      }
    }
    if (c.failureAtNanos() >= 0) {
      events.schedule(c.failureAtNanos(), EventKinds.NODE_FAILURE, 0, 0);
    }
  }

  @Override
  public void handle(long now, int kind, int subject, int detail) {
    switch (kind) {
      case EventKinds.DEVICE_REKEY -> rekey(now, subject);
      case EventKinds.HOP -> delivery.hop(now, subject);
      case EventKinds.POOL_READY -> delivery.poolReady(now, subject);
      case EventKinds.MASTER_REQUEST -> {
        long next = (detail + 1L) * c.policy().masterEpochNanos() - c.policy().prefetchNanos();
        if (next < c.durationNanos()) {
          events.schedule(next, EventKinds.MASTER_REQUEST, subject, detail + 1);
        }
        requestMaster(now, subject, detail);
      }
      case EventKinds.MASTER_RETRY -> requestMaster(now, subject, detail);
      case EventKinds.MASTER_ARRIVED -> masterArrived(now, subject, detail);
      case EventKinds.NODE_FAILURE -> failure.strike(now);
      default -> throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  private void rekey(long now, int device) {
    RekeyPolicy p = c.policy();
    long next = now + (long) (p.periodNanos() * (1 + p.jitter() * (2 * jitter.nextDouble() - 1)));
    if (next < c.durationNanos()) {
      events.schedule(next, EventKinds.DEVICE_REKEY, device, 0);
    }
    metrics.issued(device, now);
    int g = gatewayOf[device];
    if (p.mode() == KeyMode.DIRECT) {
      int[] path = routes.links(g);
      if (path != null) {
        // The key must reach the gateway early enough to cross the access network in time.
        long due = now + p.deadlineNanos() - c.timing().accessRttNanos();
        int r = requests.open(false, device, 0, now, due, path, routes.nodes(g));
        delivery.hop(now, r);
      }
    } else if (masterEpoch[g] >= now / p.masterEpochNanos()) {
      metrics.served(device, now, c.timing().derivationNanos() + c.timing().accessRttNanos());
    } else {
      // Waits for the gateway's next master key; a new rekey replaces one still waiting.
      if (waitingSince[device] < 0) {
        waiters[g].add(device);
      }
      waitingSince[device] = now;
    }
  }

  private void requestMaster(long now, int g, int epoch) {
    if (masterEpoch[g] >= epoch) {
      return;
    }
    int[] path = routes.links(g);
    if (path == null) {
      retry(now, g, epoch);
      return;
    }
    long due = (epoch + 1L) * c.policy().masterEpochNanos();
    delivery.hop(now, requests.open(true, g, epoch, now, due, path, routes.nodes(g)));
  }

  private void retry(long now, int g, int epoch) {
    long at = now + RETRY_NANOS;
    if (at < (epoch + 1L) * c.policy().masterEpochNanos() && at < c.durationNanos()) {
      events.schedule(at, EventKinds.MASTER_RETRY, g, epoch);
    }
  }

  private void masterArrived(long now, int g, int epoch) {
    masterEpoch[g] = Math.max(masterEpoch[g], epoch);
    if (masterEpoch[g] < now / c.policy().masterEpochNanos()) {
      return; // too late for the epoch it was meant for
    }
    long cost = c.timing().derivationNanos() + c.timing().accessRttNanos();
    while (!waiters[g].isEmpty()) {
      int d = waiters[g].poll();
      metrics.served(d, waitingSince[d], now - waitingSince[d] + cost);
      waitingSince[d] = -1;
    }
  }

  @Override
  public void delivered(int r, long at) {
    qkdKeysDelivered++;
    if (requests.master[r]) {
      events.schedule(at, EventKinds.MASTER_ARRIVED, requests.owner[r], requests.tag[r]);
    } else {
      long latency = at - requests.issued[r] + c.timing().accessRttNanos();
      metrics.served(requests.owner[r], requests.issued[r], latency);
    }
    requests.close(r);
  }

  @Override
  public void failed(int r, long now) {
    if (requests.master[r]) {
      retry(now, requests.owner[r], requests.tag[r]);
    }
    requests.close(r);
  }
}
