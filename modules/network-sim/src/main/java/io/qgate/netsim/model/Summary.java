package io.qgate.netsim.model;

import java.util.ArrayList;
import java.util.List;

/** Turns the state at the end of a run into its {@link SimulationOutcome}. */
final class Summary {

  private static final int QUANTILES = 201;

  private Summary() {}

  static SimulationOutcome of(NetworkSimulation s) {
    Metrics m = s.metrics;
    SimulationConfig c = s.c;
    long issued = sum(m.issuedPerBin);
    long served = sum(m.servedPerBin);
    long[] sorted = m.sortedLatencies();
    double[] quantiles = new double[sorted.length == 0 ? 0 : QUANTILES];
    double mean = 0;
    for (long l : sorted) {
      mean += l / 1e9 / sorted.length;
    }
    for (int q = 0; q < quantiles.length; q++) {
      // Nearest rank: the smallest latency with at least q/200 of all at or below it.
      int rank = (int) Math.ceil(q / (QUANTILES - 1.0) * sorted.length);
      quantiles[q] = sorted[Math.max(0, rank - 1)] / 1e9;
    }
    double[] share = new double[m.issuedPerBin.length];
    for (int b = 0; b < share.length; b++) {
      share[b] =
          m.issuedPerBin[b] == 0 ? Double.NaN : (double) m.servedPerBin[b] / m.issuedPerBin[b];
    }
    long[] ops = s.delivery.nodeOperations();
    int busiest = 0;
    for (int n = 1; n < ops.length; n++) {
      busiest = ops[n] > ops[busiest] ? n : busiest;
    }
    Failure f = s.failure;
    return new SimulationOutcome(
        c.devices(),
        s.gateways.length,
        issued,
        served,
        m.late,
        s.qkdKeysDelivered,
        quantiles,
        mean,
        m.binNanos() / 1e9,
        share,
        servedShare(m.issuedBefore, m.servedBefore),
        f.failedNode < 0 ? Double.NaN : servedShare(m.issuedAfter, m.servedAfter),
        f.failedNode < 0 ? null : s.t.id(f.failedNode),
        f.failedNode < 0 ? Double.NaN : c.failureAtNanos() / 1e9,
        unrouted(
            Routes.compute(
                s.t,
                s.gateways,
                c.linkBitsPerSecond(),
                allAlive(s.t.nodes().size()),
                allAlive(c.linkBitsPerSecond().length)),
            s.gateways.length),
        f.failedNode < 0 ? unrouted(s.routes, s.gateways.length) : f.unroutedAfter,
        s.t.id(busiest),
        ops[busiest] * (double) c.timing().kmeServiceNanos() / c.durationNanos(),
        tiers(s),
        s.events.processed(),
        s.requests.peak());
  }

  static int unrouted(Routes routes, int gateways) {
    int n = 0;
    for (int g = 0; g < gateways; g++) {
      n += routes.links(g) == null ? 1 : 0;
    }
    return n;
  }

  /** Share of devices that asked for keys in the window and got every one of them. */
  private static double servedShare(int[] issued, int[] served) {
    int asked = 0;
    int all = 0;
    for (int d = 0; d < issued.length; d++) {
      if (issued[d] > 0) {
        asked++;
        all += served[d] == issued[d] ? 1 : 0;
      }
    }
    return asked == 0 ? Double.NaN : (double) all / asked;
  }

  private static List<TierFigures> tiers(NetworkSimulation s) {
    double seconds = s.c.durationNanos() / 1e9;
    double[] rates = s.c.linkBitsPerSecond();
    List<TierFigures> tiers = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      int links = 0, beyond = 0;
      double supply = 0, after = 0, consumed = 0, busiest = 0;
      for (int l = 0; l < rates.length; l++) {
        if (Tier.of(s.t, l) != tier) {
          continue;
        }
        links++;
        beyond += rates[l] > 0 ? 0 : 1;
        supply += rates[l];
        after += s.delivery.linkAlive[l] ? rates[l] : 0;
        consumed += s.pools.consumedBits(l);
        if (rates[l] > 0) {
          busiest = Math.max(busiest, s.pools.consumedBits(l) / (rates[l] * seconds));
        }
      }
      if (links > 0) {
        double[] perBin = s.metrics.consumedBitsPerTierBin[tier.ordinal()];
        tiers.add(
            new TierFigures(
                tier, links, beyond, supply, after, consumed / seconds, busiest, perBin));
      }
    }
    return tiers;
  }

  private static boolean[] allAlive(int n) {
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);
    return alive;
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }
}
