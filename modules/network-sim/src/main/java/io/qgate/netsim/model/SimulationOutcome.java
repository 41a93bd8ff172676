package io.qgate.netsim.model;

import java.util.List;

/**
 * What one run measured. Shares are in [0, 1]; times in seconds unless the name says otherwise.
 *
 * @param rekeysIssued device rekeys asked for during the run
 * @param rekeysServed of those, served within the deadline
 * @param rekeysLate served, but after the deadline (counted as not served)
 * @param qkdKeysDelivered keys that reached a gateway end to end (masters or device keys)
 * @param latencyQuantiles latency in seconds at quantiles 0, 0.005, ..., 1 (201 points)
 * @param servedSharePerBin rekeys served / issued per time bin (NaN where none was issued)
 * @param devicesServedBefore share of devices all of whose rekeys before the failure were served
 * @param devicesServedAfter the same after it (NaN without a failure)
 * @param failedNode id of the node that failed, or null
 * @param gatewaysUnrouted gateways with no path to a KME at the start
 * @param gatewaysUnroutedAfterFailure the same after the failure
 * @param busiestNode id of the node that did most key operations
 * @param busiestNodeUtilisation its key operations × service time / run time
 * @param events events the kernel processed
 * @param peakRequestsInFlight most keys in flight at once
 */
public record SimulationOutcome(
    int devices,
    int gateways,
    long rekeysIssued,
    long rekeysServed,
    long rekeysLate,
    long qkdKeysDelivered,
    double[] latencyQuantiles,
    double latencyMeanSeconds,
    double binSeconds,
    double[] servedSharePerBin,
    double devicesServedBefore,
    double devicesServedAfter,
    String failedNode,
    double failureAtSeconds,
    int gatewaysUnrouted,
    int gatewaysUnroutedAfterFailure,
    String busiestNode,
    double busiestNodeUtilisation,
    List<TierFigures> tiers,
    long events,
    int peakRequestsInFlight) {

  public double servedShare() {
    return rekeysIssued == 0 ? Double.NaN : (double) rekeysServed / rekeysIssued;
  }

  /** Latency at quantile q in [0, 1], from the 201 stored points. */
  public double latencyAt(double q) {
    if (latencyQuantiles.length == 0) {
      return Double.NaN;
    }
    return latencyQuantiles[(int) Math.round(q * (latencyQuantiles.length - 1))];
  }
}
