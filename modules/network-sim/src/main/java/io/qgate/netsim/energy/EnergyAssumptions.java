package io.qgate.netsim.energy;

/**
 * The inputs of the energy and cost estimate. Every default is a stated ballpark, not a measured
 * figure; docs/architectures.md says where each comes from. All are command-line options.
 *
 * @param qkdLinkEndWatts one QKD transmitter or receiver (each link has two): 19-inch rack units
 *     with gated InGaAs APDs, no cryogenics; 100 W
 * @param trustedNodeWatts the KME server of a KME or relay site; 200 W
 * @param deviceRekeyJoules a device installing a new key (AES key unwrap of 256 bits plus a key
 *     confirmation MAC, a handful of AES blocks at about 1 µJ each on an MCU with an AES engine); 5
 *     µJ
 * @param deviceMessageJoules AEAD (AES-GCM or Ascon-128) of one 64-byte telemetry message; 4 µJ
 * @param messagesPerDeviceHour telemetry messages a device sends per hour; 3600
 * @param qkdLinkEuros one QKD link (both ends); 100,000 €
 * @param trustedNodeEuros one KME or relay server with its secure housing; 20,000 €
 */
public record EnergyAssumptions(
    double qkdLinkEndWatts,
    double trustedNodeWatts,
    double deviceRekeyJoules,
    double deviceMessageJoules,
    double messagesPerDeviceHour,
    double qkdLinkEuros,
    double trustedNodeEuros) {

  public EnergyAssumptions {
    double[] all = {
      qkdLinkEndWatts,
      trustedNodeWatts,
      deviceRekeyJoules,
      deviceMessageJoules,
      messagesPerDeviceHour,
      qkdLinkEuros,
      trustedNodeEuros
    };
    for (double v : all) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("energy and cost assumptions must be finite and >= 0");
      }
    }
  }

  public static EnergyAssumptions defaults() {
    return new EnergyAssumptions(100, 200, 5e-6, 4e-6, 3600, 100_000, 20_000);
  }
}
