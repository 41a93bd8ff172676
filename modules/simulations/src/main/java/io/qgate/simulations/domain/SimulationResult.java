package io.qgate.simulations.domain;

/** What a finished job computed, as plain values a JSON binding writes as-is. */
public sealed interface SimulationResult permits KeyRateSweepResult, ArchitectureResult {}
