package io.qgate.benchpipeline;

import io.qgate.devstack.bench.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result as text: one line per mode, where the CPU went, and for both modes the price of
 * encryption, in throughput ({@code 1 − checked_enc / checked_plain}) and in process CPU per
 * checked frame. At an offered rate both modes can carry, throughput cannot differ and only the CPU
 * figure shows the price; in saturation mode the throughput figure is the issue's.
 */
final class PipelineReport {

  private PipelineReport() {}

  static List<String> text(PipelineBenchSettings s, List<ModeOutcome> outcomes) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "bench pipeline: %,d PMUs x %d frames/s = %s, %d producers, %d consumers, %d"
                + " partitions, %s, frames %s, warm-up %d s, measured %d s, %d round(s)",
            s.pmus(),
            s.rate(),
            s.maxRate()
                ? "saturation (as fast as possible)"
                : String.format(Locale.ROOT, "%,d frames/s offered", s.offeredRate()),
            s.producers(),
            s.consumers(),
            s.partitions(),
            s.algorithm(),
            s.ringSeconds() == 0
                ? "simulated live"
                : "from a " + s.ringSeconds() + " s ring per PMU",
            s.warmup().toSeconds(),
            s.measure().toSeconds(),
            s.rounds()));
    for (ModeOutcome o : outcomes) {
      lines.add(modeLine(o));
      lines.add("  " + totalsLine(o));
      lines.add("  " + cpuLine(o));
      if (o.firstProblem() != null) {
        lines.add("  first problem: " + o.firstProblem());
      }
      if (o.offeredRate() > 0 && !o.keptUp()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  NOT KEPT UP: checked %,.0f of %,d frames/s offered",
                o.checkedRate(),
                o.offeredRate()));
      }
    }
    cost(outcomes).ifPresent(lines::add);
    return lines;
  }

  /** {@code encrypted 59,998 frames/s checked (sent 60,000/s) p50 ... ms}. */
  static String modeLine(ModeOutcome o) {
    LatencySummary l = o.latency();
    if (l.count() == 0) {
      return String.format(
          Locale.ROOT,
          "%-9s %,10.0f frames/s checked (sent %,.0f/s)  latency: no frame due in the window was sent"
              + " and checked (producers behind schedule)",
          o.mode().label(),
          o.checkedRate(),
          o.sentRate());
    }
    return String.format(
        Locale.ROOT,
        "%-9s %,10.0f frames/s checked (sent %,.0f/s)  latency p50 %.1f  p90 %.1f  p99 %.1f"
            + "  p99.9 %.1f  max %.1f ms",
        o.mode().label(),
        o.checkedRate(),
        o.sentRate(),
        LatencySummary.millis(l.p50()),
        LatencySummary.millis(l.p90()),
        LatencySummary.millis(l.p99()),
        LatencySummary.millis(l.p999()),
        LatencySummary.millis(l.maxNanos()));
  }

  static String totalsLine(ModeOutcome o) {
    return String.format(
        Locale.ROOT,
        "sent %,d, acked %,d, send failures %,d, checked %,d, lost %,d%s, rejected %,d,"
            + " malformed %,d, alerts %,d, producers behind %.0f ms at the end",
        o.sent(),
        o.acked(),
        o.sendFailures(),
        o.checked(),
        o.lost(),
        o.drained() ? "" : " (drain timed out)",
        o.rejected(),
        o.malformed(),
        o.alerts(),
        o.behindMillis());
  }

  static String cpuLine(ModeOutcome o) {
    StringBuilder line = new StringBuilder("CPU cores:");
    double total = 0;
    for (Map.Entry<Stage, Double> e : o.cores().entrySet()) {
      line.append(String.format(Locale.ROOT, " %s %.2f,", e.getKey().label(), e.getValue()));
      total += e.getValue();
    }
    line.append(String.format(Locale.ROOT, " process %.2f", total));
    line.append(
        Double.isNaN(o.machineBusy())
            ? "; machine busy unknown"
            : String.format(Locale.ROOT, "; machine %.0f%% busy", 100 * o.machineBusy()));
    line.append(String.format(Locale.ROOT, "; %.1f µs CPU per frame", microsPerFrame(o)));
    return line.toString();
  }

  /** Process CPU per checked frame, in microseconds. */
  static double microsPerFrame(ModeOutcome o) {
    double cores = o.cores().values().stream().mapToDouble(Double::doubleValue).sum();
    return o.checkedRate() <= 0 ? Double.NaN : cores / o.checkedRate() * 1e6;
  }

  /** {@code 1 − enc/plain} of the checked rates, or empty without both modes. */
  static Optional<Double> throughputCost(List<ModeOutcome> outcomes) {
    Optional<ModeOutcome> enc = find(outcomes, PipelineMode.ENCRYPTED);
    Optional<ModeOutcome> plain = find(outcomes, PipelineMode.PLAIN);
    if (enc.isEmpty() || plain.isEmpty() || plain.get().checkedRate() <= 0) {
      return Optional.empty();
    }
    return Optional.of(1 - enc.get().checkedRate() / plain.get().checkedRate());
  }

  private static Optional<String> cost(List<ModeOutcome> outcomes) {
    Optional<Double> throughput = throughputCost(outcomes);
    if (throughput.isEmpty()) {
      return Optional.empty();
    }
    ModeOutcome enc = find(outcomes, PipelineMode.ENCRYPTED).orElseThrow();
    ModeOutcome plain = find(outcomes, PipelineMode.PLAIN).orElseThrow();
    double cpuEnc = microsPerFrame(enc);
    double cpuPlain = microsPerFrame(plain);
    return Optional.of(
        String.format(
            Locale.ROOT,
            "encryption cost: %.1f%% of throughput (1 - %,.0f/%,.0f); CPU per frame %.1f µs"
                + " encrypted vs %.1f µs plain (+%.1f%%)",
            100 * throughput.get(),
            enc.checkedRate(),
            plain.checkedRate(),
            cpuEnc,
            cpuPlain,
            100 * (cpuEnc / cpuPlain - 1)));
  }

  /** The last outcome of {@code mode}: with several rounds, the warmest. */
  private static Optional<ModeOutcome> find(List<ModeOutcome> outcomes, PipelineMode mode) {
    return outcomes.stream().filter(o -> o.mode() == mode).reduce((first, second) -> second);
  }
}
