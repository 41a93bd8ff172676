package io.qgate.netsim.model;

/**
 * Delays on the way of a key.
 *
 * @param kmeServiceNanos time a KME or relay spends on one key operation; one operation at a time
 *     per node (default 2.5 ms: `./qgate bench etsi` measured ~400 enc_keys/s on this platform)
 * @param fibreNanosPerKm light in fibre, 5 µs/km (refractive index ≈ 1.47)
 * @param accessRttNanos device ↔ gateway round trip over the access network
 * @param derivationNanos HKDF of one device key at the gateway (measured 1.4–1.8 M keys/s)
 */
public record Timing(
    long kmeServiceNanos, long fibreNanosPerKm, long accessRttNanos, long derivationNanos) {

  public Timing {
    if (kmeServiceNanos < 0 || fibreNanosPerKm < 0 || accessRttNanos < 0 || derivationNanos < 0) {
      throw new IllegalArgumentException("delays must be >= 0");
    }
  }

  public static Timing defaults() {
    return new Timing(2_500_000, 5_000, 10_000_000, 1_000);
  }
}
