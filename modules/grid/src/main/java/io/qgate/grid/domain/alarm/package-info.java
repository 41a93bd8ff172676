/**
 * The alarm rules of the grid consumer: frequency excursion, rate of change of frequency (ROCOF)
 * and PMU data validity. Each rule is a small per-PMU state machine that reports a transition only
 * when the condition is entered or left (with hysteresis), so that a 50 frames/s stream raises one
 * alert per event, not one per frame. Thresholds and their sources: {@link
 * io.qgate.grid.domain.alarm.AlarmThresholds}.
 */
package io.qgate.grid.domain.alarm;
