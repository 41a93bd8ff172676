package io.qgate.qkd.cli;

import io.qgate.qkd.finitekey.Bb84Block;
import io.qgate.qkd.finitekey.Bb84FiniteKey;
import io.qgate.qkd.finitekey.Bb84KeyLength;
import io.qgate.qkd.finitekey.DecoyFiniteKey;
import io.qgate.qkd.finitekey.DecoySettings;
import io.qgate.qkd.finitekey.DecoyStatistics;
import io.qgate.qkd.finitekey.FiniteKeyLength;
import io.qgate.qkd.finitekey.SecurityParameters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qgate sim finite-key}: the secret key length ℓ of one finite block, with the terms that
 * make it — BB84 after Tomamichel et al. 2012 (default), decoy BB84 after Lim et al. 2014.
 */
@Command(
    name = "finite-key",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Finite-key secret key length (Tomamichel et al. 2012; Lim et al. 2014).")
public final class FiniteKeyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--protocol", description = "bb84 (default; Tomamichel 2012) or bb84-decoy")
  String protocol = "bb84";

  @Option(names = "--sifted", description = "bb84: sifted bits N = n + k (N >= 1; 1e6 allowed)")
  String sifted;

  @Option(names = "--sample", description = "bb84: parameter-estimation bits k, 0 < k < N")
  String sample;

  @Option(names = "--qber-tol", description = "bb84: tolerated QBER Q_tol in [0, 0.5)")
  Double qberTolerance;

  @Option(names = "--eps-sec", required = true, description = "secrecy ε_sec in (0, 1)")
  double epsSec;

  @Option(names = "--eps-cor", required = true, description = "correctness ε_cor in (0, 1)")
  double epsCor;

  @Option(names = "--ec-efficiency", required = true, description = "f >= 1 of leak_EC")
  double ecEfficiency;

  @Mixin DecoyCountOptions decoy = new DecoyCountOptions();

  @Option(names = "--format", description = "table (default), json or csv")
  String format = "table";

  @Override
  public Integer call() {
    OutputFormat outputFormat = OutputFormat.parse(format);
    SecurityParameters security =
        new SecurityParameters(
            FiniteKeyFlags.openUnit("--eps-sec", epsSec),
            FiniteKeyFlags.openUnit("--eps-cor", epsCor));
    FiniteKeyFlags.efficiency(ecEfficiency);
    Map<String, Object> row =
        switch (protocol.strip().toLowerCase(Locale.ROOT)) {
          case "bb84" -> bb84(security);
          case "bb84-decoy" -> decoy(security);
          default ->
              throw new IllegalArgumentException(
                  "--protocol must be bb84 or bb84-decoy, was '" + protocol + "'");
        };
    Report.single(row).print(outputFormat, spec.commandLine().getOut());
    return 0;
  }

  private Map<String, Object> bb84(SecurityParameters security) {
    if (decoy.anyGiven()) {
      throw new IllegalArgumentException(
          "the decoy flags (--intensities, --detections-x, ...) apply to --protocol bb84-decoy only");
    }
    long n = FiniteKeyFlags.count("--sifted", FiniteKeyFlags.required("--sifted", sifted));
    long k = FiniteKeyFlags.count("--sample", FiniteKeyFlags.required("--sample", sample));
    double q = FiniteKeyFlags.required("--qber-tol", qberTolerance);
    FiniteKeyFlags.block(n, k, q);
    Bb84KeyLength length = Bb84FiniteKey.length(new Bb84Block(n, k, q, ecEfficiency, security));
    Map<String, Object> row = header("bb84", security);
    row.put("siftedBits", n);
    row.put("sampleBits", k);
    row.put("qberTolerance", q);
    row.putAll(length.terms());
    row.put("keyRatePerSiftedBit", length.ratePerSiftedBit());
    return footer(row, length);
  }

  private Map<String, Object> decoy(SecurityParameters security) {
    if (sifted != null || sample != null || qberTolerance != null) {
      throw new IllegalArgumentException(
          "--sifted, --sample and --qber-tol apply to --protocol bb84 only");
    }
    DecoySettings settings = decoy.settings();
    DecoyStatistics data = decoy.statistics();
    FiniteKeyLength length = DecoyFiniteKey.length(data, settings, ecEfficiency, security);
    Map<String, Object> row = header("bb84-decoy", security);
    row.put("keyBits", data.keyBasis().totalDetections());
    row.put("observedQber", data.observedKeyQber());
    row.putAll(length.terms());
    return footer(row, length);
  }

  private Map<String, Object> header(String name, SecurityParameters security) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("protocol", name);
    row.put("epsSec", security.epsilonSecret());
    row.put("epsCor", security.epsilonCorrect());
    row.put("ecEfficiency", ecEfficiency);
    return row;
  }

  private static Map<String, Object> footer(Map<String, Object> row, FiniteKeyLength length) {
    row.put("finalKeyBits", length.finalKeyBits());
    row.put("enoughKey", length.enoughKey());
    row.put("reason", length.shortfall());
    return row;
  }
}
