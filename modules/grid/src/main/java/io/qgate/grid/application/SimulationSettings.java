package io.qgate.grid.application;

/**
 * How the simulated grid behaves. The defaults give a quiet Continental European grid (frequency
 * within a few mHz of nominal) with a generator trip every ten minutes on average, so that alarms
 * show up in a demo without drowning it.
 *
 * @param seed makes a fleet reproducible: same seed, same frames (tests, benchmarks)
 * @param eventsPerHour mean number of generator trips per hour, 0..12 (at most one per {@link
 *     GridEventSchedule#SLOT_SECONDS} slot)
 * @param lineToLineKv nominal line-to-line voltage; phasors carry phase-to-neutral RMS, kV/√3
 * @param loadAmps the RMS current of the metered feeder
 * @param frequencyNoiseHz standard deviation of the frequency around nominal in steady state
 * @param pmuFaultsPerHour mean number of faults (sync loss, PMU error) per PMU and hour, 0..6; 0 by
 *     default, so that STAT is always ok unless a demo asks for faults ({@link PmuFaultSchedule})
 */
public record SimulationSettings(
    long seed,
    double eventsPerHour,
    double lineToLineKv,
    double loadAmps,
    double frequencyNoiseHz,
    double pmuFaultsPerHour) {

  public SimulationSettings {
    if (!(pmuFaultsPerHour >= 0 && pmuFaultsPerHour <= PmuFaultSchedule.MAX_FAULTS_PER_HOUR)) {
      throw new IllegalArgumentException(
          "PMU faults per hour must be 0.."
              + PmuFaultSchedule.MAX_FAULTS_PER_HOUR
              + ", not "
              + pmuFaultsPerHour);
    }
    if (!(eventsPerHour >= 0 && eventsPerHour <= GridEventSchedule.MAX_EVENTS_PER_HOUR)) {
      throw new IllegalArgumentException(
          "events per hour must be 0.."
              + GridEventSchedule.MAX_EVENTS_PER_HOUR
              + ", not "
              + eventsPerHour);
    }
    if (!(lineToLineKv > 0) || !(loadAmps > 0)) {
      throw new IllegalArgumentException("voltage and load must be positive");
    }
    if (!(frequencyNoiseHz >= 0 && frequencyNoiseHz <= 0.05)) {
      throw new IllegalArgumentException(
          "frequency noise must be 0..0.05 Hz (the standard frequency range), not "
              + frequencyNoiseHz);
    }
  }

  /** 110 kV, 400 A, σ = 5 mHz, six events per hour, no PMU faults, seed 42. */
  public static SimulationSettings defaults() {
    return new SimulationSettings(42, 6, 110, 400, 0.005, 0);
  }

  public SimulationSettings withSeed(long newSeed) {
    return new SimulationSettings(
        newSeed, eventsPerHour, lineToLineKv, loadAmps, frequencyNoiseHz, pmuFaultsPerHour);
  }

  public SimulationSettings withEventsPerHour(double rate) {
    return new SimulationSettings(
        seed, rate, lineToLineKv, loadAmps, frequencyNoiseHz, pmuFaultsPerHour);
  }

  public SimulationSettings withPmuFaultsPerHour(double rate) {
    return new SimulationSettings(
        seed, eventsPerHour, lineToLineKv, loadAmps, frequencyNoiseHz, rate);
  }
}
