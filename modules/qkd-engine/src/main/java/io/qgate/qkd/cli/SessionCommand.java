package io.qgate.qkd.cli;

import io.qgate.qkd.session.Session;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qgate sim session}: a Monte-Carlo QKD session through the whole chain — raw bits, sifting,
 * estimation, Cascade, verification, finite-key length, privacy amplification, authentication —
 * with an optional eavesdropper; or a sweep of sessions over the intercept-resend fraction or the
 * distance.
 */
@Command(
    name = "session",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Monte-Carlo session through the whole post-processing chain.")
public final class SessionCommand implements Callable<Integer> {

  @Mixin LinkOptions link;

  @Spec CommandSpec spec;

  @Option(names = "--protocol", required = true, description = "bb84, bb84-decoy, sarg04 or e91")
  String protocol;

  @Option(names = "--distance-km", required = true, description = "D or FROM:TO:STEP (km)")
  String distanceKm;

  @Option(names = "--pulses", required = true, description = "pulses N >= 1 (e.g. 1e10)")
  String pulses;

  @Option(
      names = "--eve",
      description =
          "none (default), intercept-resend:FRACTION (or :FROM:TO:STEP for a sweep), pns,"
              + " beam-splitting")
  String eve = "none";

  @Option(names = "--block-bits", description = "sifted key bits per block (default 1000000)")
  Integer blockBits;

  @Option(names = "--seed", description = "random seed (default 1)")
  long seed = 1;

  @Option(names = "--format", description = "table (default), json or csv")
  String format = "table";

  @Option(names = "--plot", description = "PNG chart of QBER vs intercept-resend fraction")
  Path plot;

  @Option(
      names = "--mu",
      description =
          "signal μ (pairs per pulse for e91); absent: optimised (finite-size for bb84 and"
              + " bb84-decoy)")
  Double mu;

  @Option(names = "--nu", description = "bb84-decoy weak decoy ν (absent: optimised)")
  Double nu;

  @Option(
      names = "--intensity-probabilities",
      split = ",",
      description = "bb84-decoy: signal,decoy,vacuum probabilities (absent: optimised)")
  double[] intensityProbabilities;

  @Option(
      names = "--key-basis-prob",
      description = "bb84-decoy p_X of the key basis (absent: optimised)")
  Double keyBasisProbability;

  @Option(
      names = "--sample-fraction",
      description = "bb84, sarg04, e91: disclosed share (0.1; bb84: optimised)")
  Double sampleFraction;

  @Option(names = "--cascade", description = "original, yan (default) or optimized")
  String cascade;

  @Option(names = "--eps-sec", description = "secrecy ε_sec (default 1e-10)")
  Double epsSec;

  @Option(names = "--eps-cor", description = "correctness ε_cor (default 1e-15)")
  Double epsCor;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat = OutputFormat.parse(format);
    SessionSetup setup = SessionSetup.from(this);
    PrintWriter err = spec.commandLine().getErr();
    List<SessionResult> results = new ArrayList<>();
    for (SessionConfig config : setup.configs()) {
      ProgressBar bar = new ProgressBar(err, setup.label(config));
      results.add(Session.run(config, bar));
      bar.done();
    }
    if (plot != null) {
      QberChart.write(plot, setup.protocol().cliName(), results);
    }
    List<Map<String, Object>> rows = results.stream().map(SessionRow::of).toList();
    Report report;
    if (!setup.sweep()) {
      report =
          outputFormat == OutputFormat.TABLE
              ? Report.series(SessionRow.transposed(rows.get(0)))
              : Report.single(rows.get(0));
    } else {
      report =
          Report.series(outputFormat == OutputFormat.TABLE ? SessionRow.summaries(rows) : rows);
    }
    report.print(outputFormat, spec.commandLine().getOut());
    return 0;
  }
}
