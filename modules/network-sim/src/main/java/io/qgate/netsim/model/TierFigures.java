package io.qgate.netsim.model;

/**
 * Key supply against demand on one tier of links.
 *
 * @param links links in the tier
 * @param beyondReach links whose fibre is too long to make any key
 * @param supplyBitsPerSecond sum of the tier's secret key rates before the failure
 * @param supplyAfterFailureBitsPerSecond the same over links still alive after it
 * @param consumedBitsPerSecond key taken from the tier's pools, averaged over the run
 * @param busiestLinkUse largest share of one link's generated key that was used
 * @param consumedPerBin bits consumed per time bin, for the chart
 */
public record TierFigures(
    Tier tier,
    int links,
    int beyondReach,
    double supplyBitsPerSecond,
    double supplyAfterFailureBitsPerSecond,
    double consumedBitsPerSecond,
    double busiestLinkUse,
    double[] consumedPerBin) {}
