package io.qgate.qkd.protocol;

import java.util.List;

/**
 * An analytic (asymptotic) key-rate formula of one protocol on a given system, as a function of the
 * channel transmittance and the source settings an optimiser may tune.
 */
public interface KeyRateModel {

  /** The protocol's command-line name. */
  Protocol protocol();

  /** The tunable settings, in the order {@link #evaluate} takes them. */
  List<Setting> settings();

  /** The key rate at channel transmittance η_ch with the given settings. */
  KeyRate evaluate(double channelTransmittance, double... settings);

  /** Whether the settings are allowed together (e.g. decoy ν below signal μ). */
  default boolean feasible(double... settings) {
    return true;
  }

  /** The fixed default settings. */
  default double[] defaults() {
    return settings().stream().mapToDouble(Setting::defaultValue).toArray();
  }
}
