package io.qgate.console.it;

/** Request bodies for the network registry that the ITs register their own nodes and links with. */
final class TopologyJson {

  private TopologyJson() {}

  /** A trusted-relay node of {@code tenant}. */
  static String node(String id, String tenant) {
    return """
        {"id": "%s", "name": "Node %s", "role": "TRUSTED_RELAY", "tenant": "%s",
         "location": {"site": "Test bench"}}"""
        .formatted(id, id, tenant);
  }

  /**
   * A decoy-state BB84 fibre link of {@code lengthKm} with GYS-like detectors and a QBER alarm at
   * 8%; beyond ~140 km it distils no key.
   */
  static String fibreLink(String id, String endpointA, String endpointB, double lengthKm) {
    return """
        {"id": "%s", "endpointA": "%s", "endpointB": "%s", "protocol": "BB84_DECOY",
         "channel": {"kind": "FIBRE", "lengthKm": %s, "lossDbPerKm": 0.2},
         "components": {"detectorEfficiency": 0.1, "darkCountProbability": 1e-6,
                        "misalignment": 0.015, "repetitionRateHz": 1e9},
         "qberAlarmThreshold": 0.08}"""
        .formatted(id, endpointA, endpointB, lengthKm);
  }
}
