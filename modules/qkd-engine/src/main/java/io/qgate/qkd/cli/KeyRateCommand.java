package io.qgate.qkd.cli;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.channel.Fading;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.PlobBound;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qgate sim keyrate}: asymptotic secret key rate against distance for one protocol, with the
 * PLOB bound beside it. Settings the user does not pin (μ, ν, V_A) are optimised per distance.
 */
@Command(
    name = "keyrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Asymptotic secret key rate vs distance, under the PLOB bound.")
public final class KeyRateCommand implements Callable<Integer> {

  @Mixin LinkOptions link;

  @Spec CommandSpec spec;

  @Option(
      names = "--protocol",
      required = true,
      description = "bb84, bb84-decoy, sarg04, e91, cv-gg02")
  String protocol;

  @Option(names = "--distance-km", required = true, description = "D or FROM:TO:STEP (km)")
  String distanceKm;

  @Option(names = "--fading-sigma", description = "log-normal fading σ of the transmittance")
  Double fadingSigma;

  @Option(
      names = "--ec-efficiency",
      description = "error-correction efficiency f >= 1 (default 1.22)")
  Double ecEfficiency;

  @Option(
      names = "--mu",
      description = "signal mean photon number (pairs per pulse for e91); absent = optimised")
  Double mu;

  @Option(names = "--nu", description = "bb84-decoy weak decoy intensity; absent = optimised")
  Double nu;

  @Option(names = "--decoy", description = "bb84-decoy estimate: vacuum-weak (default) or infinite")
  String decoy;

  @Option(
      names = "--modulation-variance",
      description = "cv-gg02 V_A in shot-noise units; absent = optimised")
  Double modulationVariance;

  @Option(names = "--excess-noise", description = "cv-gg02 ε at the channel input (default 0.005)")
  Double excessNoise;

  @Option(names = "--electronic-noise", description = "cv-gg02 v_el (default 0.041)")
  Double electronicNoise;

  @Option(names = "--homodyne-efficiency", description = "cv-gg02 η (default 0.606)")
  Double homodyneEfficiency;

  @Option(names = "--reconciliation-efficiency", description = "cv-gg02 β (default 0.898)")
  Double reconciliationEfficiency;

  @Option(names = "--format", description = "table (default), json or csv")
  String format = "table";

  @Option(
      names = "--plot",
      description = "write a PNG chart of rate vs distance with the PLOB bound")
  Path plot;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat = OutputFormat.parse(format);
    KeyRateSetup setup = KeyRateSetup.from(this);
    List<Double> distances = DistanceRange.parse(distanceKm);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    List<Double> plob = new ArrayList<>();
    for (double distance : distances) {
      Map<String, Object> row = row(setup, distance);
      rows.add(row);
      rates.add((Double) row.get("secretKeyRatePerPulse"));
      plob.add((Double) row.get("plobBoundPerPulse"));
    }
    if (plot != null) {
      RateChart.write(plot, setup.model().protocol().cliName(), distances, rates, plob);
    }
    Report report =
        distances.size() == 1 && distanceKm.indexOf(':') < 0
            ? Report.single(rows.get(0))
            : Report.series(rows);
    report.print(outputFormat, spec.commandLine().getOut());
    return 0;
  }

  private static Map<String, Object> row(KeyRateSetup setup, double distance) {
    double transmittance =
        Decibels.toTransmittance(setup.fibreLossDbPerKm() * distance + setup.linkLossDb());
    KeyRateModel model = setup.model();
    KeyRate rate =
        KeyRateOptimiser.optimise(model, transmittance, setup.fixed(), setup.start()).keyRate();
    Fading fading = setup.fading();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("protocol", model.protocol().cliName());
    row.put("distanceKm", distance);
    row.put("transmittance", transmittance);
    row.put("mu", rate.mu());
    row.put("gain", rate.gain());
    row.put("qber", Double.isNaN(rate.qber()) ? null : rate.qber());
    row.put("secretKeyRatePerPulse", rate.ratePerPulse());
    row.put("secretKeyRateBps", rate.ratePerPulse() * setup.repetitionRateHz());
    row.put("plobBoundPerPulse", fading.average(PlobBound::perPulse, transmittance));
    row.putAll(rate.details());
    return row;
  }
}
