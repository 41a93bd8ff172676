package io.qgate.benchpipeline;

import io.qgate.devstack.bench.LatencySummary;
import java.util.Map;

/**
 * What one mode achieved. Rates are per second of the measured window: {@code sentRate} frames
 * handed to the producers, {@code checkedRate} frames through the domain check. Totals cover the
 * whole run, warm-up and drain included: {@code lost = acked − checked} after the drain.
 *
 * @param offeredRate frames/s asked for, or 0 in saturation mode
 * @param behindMillis how far behind schedule the producers were at the end of the window
 * @param cores CPU cores used per stage in the window
 * @param machineBusy the busy fraction of the whole machine in the window (NaN if unknown)
 */
public record ModeOutcome(
    PipelineMode mode,
    long offeredRate,
    double seconds,
    double sentRate,
    double checkedRate,
    LatencySummary latency,
    long sent,
    long acked,
    long sendFailures,
    long checked,
    long rejected,
    long malformed,
    long alerts,
    double behindMillis,
    boolean drained,
    Map<Stage, Double> cores,
    double machineBusy,
    String firstProblem) {

  /** Frames acknowledged by the broker but never checked (after the drain). */
  public long lost() {
    return Math.max(0, acked - checked);
  }

  /** Whether the checked rate kept up with the offered one (within 1 %). */
  public boolean keptUp() {
    return offeredRate > 0 && checkedRate >= 0.99 * offeredRate;
  }
}
