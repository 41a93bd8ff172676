package io.qgate.simulations.domain;

/** What a simulation job computes. */
public enum SimulationKind {
  /** Secret key rate, QBER and the PLOB bound against fibre distance, per protocol (QKD engine). */
  KEY_RATE_SWEEP,
  /** Discrete-event runs of deployment architectures (network simulator), one per architecture. */
  NETWORK_ARCHITECTURE
}
