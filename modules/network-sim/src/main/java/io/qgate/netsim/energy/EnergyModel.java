package io.qgate.netsim.energy;

import io.qgate.netsim.model.SimulationOutcome;
import io.qgate.netsim.topology.Role;
import io.qgate.netsim.topology.Topology;

/** Energy and cost of a deployment from its topology, what it delivered and the assumptions. */
public final class EnergyModel {

  private EnergyModel() {}

  public static EnergyFigures estimate(
      Topology t, SimulationOutcome o, double seconds, EnergyAssumptions a) {
    int links = t.links().size();
    int trustedNodes = t.count(Role.KME) + t.count(Role.RELAY);
    // Each QKD link is a transmitter at one end and a receiver at the other.
    double watts = 2 * links * a.qkdLinkEndWatts() + trustedNodes * a.trustedNodeWatts();
    double joules = watts * seconds;
    double rekeysPerDeviceHour = o.rekeysIssued() / (double) o.devices() / (seconds / 3600);
    double device =
        rekeysPerDeviceHour * a.deviceRekeyJoules()
            + a.messagesPerDeviceHour() * a.deviceMessageJoules();
    return new EnergyFigures(
        watts,
        joules,
        o.qkdKeysDelivered() == 0 ? Double.NaN : joules / o.qkdKeysDelivered(),
        o.rekeysServed() == 0 ? Double.NaN : joules / o.rekeysServed(),
        device,
        links * a.qkdLinkEuros() + trustedNodes * a.trustedNodeEuros());
  }
}
