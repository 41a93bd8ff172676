package io.qgate.benchpipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Busy and total jiffies of the whole machine from {@code /proc/stat}: the machine is shared, so
 * the report says how busy all of it was, not only this process. NaN where there is no /proc.
 */
record MachineCpu(long busy, long total) {

  static MachineCpu read() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      return parse(first);
    } catch (IOException | RuntimeException e) {
      return new MachineCpu(-1, -1);
    }
  }

  /** From the {@code cpu ...} line: idle and iowait are not busy, everything else is. */
  static MachineCpu parse(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line: " + cpuLine);
    }
    long total = 0;
    long idle = 0;
    // user nice system idle iowait irq softirq steal (guest and guest_nice are inside user/nice)
    for (int i = 1; i < Math.min(f.length, 9); i++) {
      long v = Long.parseLong(f[i]);
      total += v;
      if (i == 4 || i == 5) {
        idle += v;
      }
    }
    return new MachineCpu(total - idle, total);
  }

  /** The busy fraction of the machine between {@code earlier} and this reading, or NaN. */
  double busySince(MachineCpu earlier) {
    long dt = total - earlier.total;
    if (busy < 0 || earlier.busy < 0 || dt <= 0) {
      return Double.NaN;
    }
    return (double) (busy - earlier.busy) / dt;
  }
}
