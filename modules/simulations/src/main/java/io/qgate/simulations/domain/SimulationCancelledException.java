package io.qgate.simulations.domain;

/**
 * Thrown out of a {@link Simulator} at a step boundary when its job was cancelled: the simulator
 * stops there and its partial work is dropped.
 */
public class SimulationCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SimulationCancelledException() {
    super("cancelled", null, false, false);
  }
}
