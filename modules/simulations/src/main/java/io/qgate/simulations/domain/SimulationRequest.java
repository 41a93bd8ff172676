package io.qgate.simulations.domain;

import java.util.List;

/**
 * A simulation as a client asked for it, before validation: every field may be absent (null) and
 * takes its default then. Fields of the other kind must stay absent. {@link
 * SimulationParameters#of} checks it and names every field at fault.
 *
 * @param kind KEY_RATE_SWEEP (default) or NETWORK_ARCHITECTURE
 * @param protocols sweep: the protocols to compare (engine names, e.g. bb84-decoy)
 * @param fromKm sweep: first distance
 * @param toKm sweep: last distance
 * @param points sweep: distances from fromKm to toKm, both ends included
 * @param repetitionRateHz both: source pulses per second
 * @param architectures architecture: central, distributed, hierarchical, hybrid
 * @param devices architecture: IoT devices
 * @param gateways architecture: edge gateways
 * @param hours architecture: simulated hours
 * @param seed architecture: random seed
 * @param protocol architecture: the QKD protocol of every link
 * @param keyMode architecture: derived or direct
 * @param areaKm architecture: side of the square region
 * @param rekeyPeriodSeconds architecture: device rekey period
 * @param nodeFailure architecture: whether the most loaded node fails half-way
 */
public record SimulationRequest(
    String kind,
    List<String> protocols,
    Double fromKm,
    Double toKm,
    Integer points,
    Double repetitionRateHz,
    List<String> architectures,
    Integer devices,
    Integer gateways,
    Double hours,
    Long seed,
    String protocol,
    String keyMode,
    Double areaKm,
    Double rekeyPeriodSeconds,
    Boolean nodeFailure) {

  /** The request with nothing given: a small default key-rate sweep. */
  public static SimulationRequest empty() {
    return new SimulationRequest(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
