package io.qgate.qkd.cli;

import io.qgate.qkd.reconciliation.Cascade;
import io.qgate.qkd.reconciliation.CascadeSimulation;
import io.qgate.qkd.reconciliation.CascadeStatistics;
import io.qgate.qkd.reconciliation.CascadeVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qgate sim cascade}: Monte-Carlo frames through Cascade; mean efficiency f = disclosed /
 * (n·h(QBER)), frame error rate and single-thread throughput.
 */
@Command(
    name = "cascade",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Cascade reconciliation: efficiency, frame error rate, throughput.")
public final class CascadeCommand implements Callable<Integer> {

  /** Frame lengths above this need gigabytes for the pass permutations. */
  static final int MAX_BLOCK_BITS = 10_000_000;

  @Spec CommandSpec spec;

  @Option(names = "--qber", required = true, description = "bit error rate of the frames, (0, 0.5)")
  double qber;

  @Option(names = "--block-bits", required = true, description = "frame length n in bits")
  int blockBits;

  @Option(names = "--runs", required = true, description = "number of frames")
  int runs;

  @Option(
      names = "--variant",
      description =
          "original (default; Brassard-Salvail 1993), yan (Yan et al. 2008), optimized"
              + " (Martinez-Mateo et al. 2015, opt. 8)")
  String variant = "original";

  @Option(names = "--seed", description = "random seed of keys, errors and shuffles (default 1)")
  long seed = 1;

  @Option(names = "--format", description = "table (default), json or csv")
  String format = "table";

  @Override
  public Integer call() {
    if (!(qber > 0 && qber < 0.5)) {
      throw new IllegalArgumentException("--qber must be in (0, 0.5), was " + qber);
    }
    if (blockBits < 1 || blockBits > MAX_BLOCK_BITS) {
      throw new IllegalArgumentException(
          "--block-bits must be in [1, " + MAX_BLOCK_BITS + "], was " + blockBits);
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
    }
    CascadeVariant schedule = CascadeVariant.byName(variant);
    OutputFormat outputFormat = OutputFormat.parse(format);
    Cascade cascade = new Cascade(schedule, seed);
    // Untimed warm-up so the throughput reflects compiled code, not the JIT's first minutes.
    int warmUp = (int) Math.min(50, Math.max(1, 2_000_000L / blockBits));
    CascadeSimulation.run(cascade, blockBits, qber, warmUp, ~seed);
    CascadeStatistics stats = CascadeSimulation.run(cascade, blockBits, qber, runs, seed);
    Report.single(row(schedule, stats)).print(outputFormat, spec.commandLine().getOut());
    return 0;
  }

  private static Map<String, Object> row(CascadeVariant schedule, CascadeStatistics s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("variant", schedule.cliName());
    row.put("qber", s.qber());
    row.put("blockBits", s.frameBits());
    row.put("runs", s.runs());
    row.put("passes", schedule.passes());
    row.put("efficiency", s.meanEfficiency());
    row.put("efficiencyStdErr", s.efficiencyStandardError());
    row.put("frameErrorRate", s.frameErrorRate());
    row.put("bitErrorRate", s.bitErrorRate());
    row.put("disclosedBits", s.meanDisclosedBits());
    row.put("messages", s.meanMessages());
    row.put("throughputMbps", s.throughputMbps());
    return row;
  }
}
