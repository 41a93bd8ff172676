package io.qgate.simulations.application;

import java.util.concurrent.Executor;

/**
 * Where simulation jobs run: the container's managed executor in the platform, a plain executor in
 * tests. {@link #execute} may throw {@link java.util.concurrent.RejectedExecutionException}.
 */
public interface SimulationExecutor extends Executor {}
