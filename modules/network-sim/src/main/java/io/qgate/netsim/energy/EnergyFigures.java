package io.qgate.netsim.energy;

/**
 * The energy and cost of one deployment over one run.
 *
 * @param qkdPowerWatts QKD link ends plus trusted-node servers, all running all the time
 * @param qkdEnergyJoules that power over the simulated time
 * @param joulesPerDeliveredKey QKD energy per key that reached a gateway end to end
 * @param joulesPerServedRekey QKD energy per device rekey served
 * @param deviceCryptoJoulesPerHour one device's rekeying plus telemetry AEAD per hour
 * @param capitalEuros QKD links plus trusted-node servers
 */
public record EnergyFigures(
    double qkdPowerWatts,
    double qkdEnergyJoules,
    double joulesPerDeliveredKey,
    double joulesPerServedRekey,
    double deviceCryptoJoulesPerHour,
    double capitalEuros) {}
