package io.qgate.simulations.domain;

/**
 * Runs one kind of simulation in steps, telling {@link Progress} after each. The implementations
 * call the QKD engine and the network simulator; they are the only place those libraries are used.
 */
public interface Simulator {

  /**
   * Told after each step; throws {@link SimulationCancelledException} once the job is cancelled.
   */
  @FunctionalInterface
  interface Progress {
    /**
     * @param fraction how much of the work is done, 0..1
     * @param phase a short text for people ("bb84-decoy 40 km", "hybrid: 30% simulated")
     */
    void report(double fraction, String phase);
  }

  SimulationKind kind();

  /**
   * Runs to the end, or stops at a step boundary with {@link SimulationCancelledException}.
   *
   * @param parameters of this simulator's kind
   */
  SimulationResult run(SimulationParameters parameters, Progress progress);
}
