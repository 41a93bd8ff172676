package io.qgate.netsim.model;

import io.qgate.netsim.topology.Topology;

/**
 * One simulated deployment: the topology, the devices on it, the policy, the timing, the pools, the
 * failure and the seed; the result is a function of these alone.
 *
 * @param linkBitsPerSecond secret key rate of each link (LinkRates)
 * @param poolCapacityBits a link's key pool holds at most this many bits
 * @param durationNanos simulated time during which devices rekey
 * @param failureAtNanos when the most loaded non-leaf node fails; negative: never
 * @param bins time-series resolution (served share, supply and demand)
 */
public record SimulationConfig(
    Topology topology,
    double[] linkBitsPerSecond,
    int devices,
    RekeyPolicy policy,
    Timing timing,
    double poolCapacityBits,
    long durationNanos,
    long failureAtNanos,
    long seed,
    int bins) {

  public SimulationConfig {
    if (devices <= 0) {
      throw new IllegalArgumentException("--devices must be > 0, was " + devices);
    }
    int gateways = topology.count(io.qgate.netsim.topology.Role.GATEWAY);
    if (gateways > devices) {
      throw new IllegalArgumentException(
          "--gateways (" + gateways + ") must not exceed --devices (" + devices + ")");
    }
    if (durationNanos <= 0) {
      throw new IllegalArgumentException("--hours must be > 0");
    }
    if (linkBitsPerSecond.length != topology.links().size()) {
      throw new IllegalArgumentException("one key rate per link is needed");
    }
    if (!(poolCapacityBits >= policy.keyBits())) {
      throw new IllegalArgumentException("--pool-bits must hold at least one key");
    }
    if (failureAtNanos >= durationNanos) {
      throw new IllegalArgumentException("--fail-at-h must be before the end of the run");
    }
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1");
    }
  }
}
