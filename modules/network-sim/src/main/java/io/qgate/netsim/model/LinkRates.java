package io.qgate.netsim.model;

import io.qgate.netsim.topology.Link;
import io.qgate.netsim.topology.Topology;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.protocol.Sarg04;
import java.util.HashMap;
import java.util.Map;

/**
 * Secret key rate of every link, from the QKD engine: the asymptotic rate at optimal source
 * settings (KeyRateOptimiser) on the GYS system, the same path the key vault's pools fill by
 * (io.qgate.vault.domain.LinkPhysics).
 */
public final class LinkRates {

  private final double repetitionRateHz;
  private final Map<String, Double> cache = new HashMap<>();

  public LinkRates(double repetitionRateHz) {
    this.repetitionRateHz = repetitionRateHz;
  }

  /** Secret bits per second of each link, in link order. */
  public double[] of(Topology topology) {
    double[] rates = new double[topology.links().size()];
    for (int i = 0; i < rates.length; i++) {
      Link l = topology.links().get(i);
      rates[i] = bitsPerSecond(l.protocol(), l.fibreKm());
    }
    return rates;
  }

  /** Secret bits per second of one fibre link; 0 beyond the protocol's reach. */
  public double bitsPerSecond(Protocol protocol, double fibreKm) {
    return cache.computeIfAbsent(
        protocol + "@" + fibreKm,
        k -> {
          // η_ch = 10^(−α·L/10), α = 0.21 dB/km (GYS; Ma, Qi, Zhao, Lo 2005).
          double eta = Math.pow(10, -DvSystem.GYS.fibreLossDbPerKm() * fibreKm / 10);
          return KeyRateOptimiser.optimise(model(protocol), eta).keyRate().ratePerPulse()
              * repetitionRateHz;
        });
  }

  private static KeyRateModel model(Protocol protocol) {
    return switch (protocol) {
      case BB84_DECOY -> new DecoyBb84(DvSystem.GYS);
      case BB84 -> new GllpBb84(DvSystem.GYS);
      case SARG04 -> new Sarg04(DvSystem.GYS);
      case CV_GG02 -> CvGg02.lodewyck2007();
      case E91 ->
          throw new IllegalArgumentException(
              "protocol e91 is not simulated in networks yet (use bb84-decoy, bb84, sarg04 or"
                  + " cv-gg02)");
    };
  }
}
