package io.qgate.benchpipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this process per {@link Stage} at one instant, so that the difference of two samples
 * says which stage used the cores of a measured window: the figure that says what limits the
 * pipeline when it does not reach its rate. Threads that end between two samples drop out; the
 * benchmark's own threads live through the whole window.
 */
final class CpuSample {

  private final long processNanos;
  private final Map<Long, Long> threadNanos;
  private final Map<Long, Stage> threadStages;

  private CpuSample(long processNanos, Map<Long, Long> threadNanos, Map<Long, Stage> stages) {
    this.processNanos = processNanos;
    this.threadNanos = threadNanos;
    this.threadStages = stages;
  }

  static CpuSample take() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> nanos = new HashMap<>();
    Map<Long, Stage> stages = new HashMap<>();
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      long cpu = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(ids[i]) : -1;
      if (infos[i] != null && cpu >= 0) {
        nanos.put(ids[i], cpu);
        stages.put(ids[i], Stage.of(infos[i].getThreadName()));
      }
    }
    return new CpuSample(processCpuNanos(), nanos, stages);
  }

  /** Cores used per stage between {@code earlier} and this sample, {@code seconds} apart. */
  Map<Stage, Double> coresSince(CpuSample earlier, double seconds) {
    Map<Stage, Long> used = new EnumMap<>(Stage.class);
    long javaThreads = 0;
    for (Map.Entry<Long, Long> entry : threadNanos.entrySet()) {
      Long before = earlier.threadNanos.get(entry.getKey());
      long delta = entry.getValue() - (before == null ? 0 : before);
      used.merge(threadStages.get(entry.getKey()), delta, Long::sum);
      javaThreads += delta;
    }
    if (processNanos >= 0 && earlier.processNanos >= 0) {
      used.put(Stage.OTHER, Math.max(0, processNanos - earlier.processNanos - javaThreads));
    }
    Map<Stage, Double> cores = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      cores.put(stage, used.getOrDefault(stage, 0L) / 1e9 / seconds);
    }
    return cores;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
