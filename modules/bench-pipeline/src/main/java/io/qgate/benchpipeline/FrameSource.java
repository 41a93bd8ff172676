package io.qgate.benchpipeline;

import io.qgate.grid.application.PmuSimulator;
import java.time.Instant;
import java.util.List;

/**
 * The C37.118 data frames of one producer thread's PMUs. Live: the PMU's simulator computes each
 * frame for its due time (what a PMU does, but CPU a gateway would not spend). Ring: each PMU's
 * simulator computes {@code n} consecutive frames once, before the run, and they are sent again in
 * turn, so the producer threads spend their CPU on the pipeline only. The monitor still decodes,
 * checks the CRC and runs every rule on each frame; only the measurement time jumps back once per
 * ring, which restarts the ROCOF window (see RocofRule).
 */
interface FrameSource {

  /** The frame of PMU {@code pmu} (index in the thread's share) number {@code k}, due then. */
  byte[] frame(int pmu, long k, long dueEpochMicros);

  /** Frames computed by the simulators as they are due. */
  static FrameSource live(List<PmuSimulator> pmus) {
    return (pmu, k, micros) -> pmus.get(pmu).nextReading(Instant.ofEpochSecond(0, micros * 1_000L));
  }

  /**
   * {@code n} frames per PMU, computed now for the reporting instants from {@code startMicros}.
   *
   * @param rate frames per second of each PMU
   */
  static FrameSource ring(List<PmuSimulator> pmus, int n, int rate, long startMicros) {
    byte[][][] frames = new byte[pmus.size()][n][];
    for (int p = 0; p < pmus.size(); p++) {
      for (int j = 0; j < n; j++) {
        long micros = startMicros + j * 1_000_000L / rate;
        frames[p][j] = pmus.get(p).nextReading(Instant.ofEpochSecond(0, micros * 1_000L));
      }
    }
    return (pmu, k, micros) -> frames[pmu][(int) (k % n)];
  }
}
