package io.qgate.netsim.report;

import io.qgate.netsim.energy.EnergyAssumptions;
import io.qgate.netsim.energy.EnergyFigures;
import io.qgate.netsim.model.SimulationConfig;
import io.qgate.netsim.model.SimulationOutcome;

/**
 * Everything one run reports: what was simulated, what it measured, its energy and cost, and how
 * long the simulation itself took (the only part that differs between runs with the same seed).
 *
 * @param architecture the architecture's name, or "file" for a topology read from a file
 */
public record RunReport(
    String architecture,
    SimulationConfig config,
    SimulationOutcome outcome,
    EnergyAssumptions assumptions,
    EnergyFigures energy,
    double wallSeconds) {}
