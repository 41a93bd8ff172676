package io.qgate.simulations.infrastructure;

import io.qgate.qkd.channel.Decibels;
import io.qgate.qkd.channel.Fading;
import io.qgate.qkd.optimisation.KeyRateOptimiser;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.FadingAveragedModel;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRate;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.PlobBound;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;
import io.qgate.simulations.domain.KeyRateSweepParameters;
import io.qgate.simulations.domain.KeyRateSweepResult;
import io.qgate.simulations.domain.KeyRateSweepResult.Point;
import io.qgate.simulations.domain.SimulationKind;
import io.qgate.simulations.domain.SimulationParameters;
import io.qgate.simulations.domain.SimulationResult;
import io.qgate.simulations.domain.Simulator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Key-rate sweeps on the QKD engine, the same calls {@code ./qgate sim keyrate --protocol P
 * --distance-km FROM:TO:STEP} makes without link flags: the protocol's model on the GYS system (Ma,
 * Qi, Zhao, Lo 2005: α 0.21 dB/km, η_Bob 0.045, Y0 1.7e-6, e_det 0.033, f 1.22; CV-QKD with
 * Lodewyck et al. 2007; bb84-decoy with the vacuum + weak decoy estimate), no fading, source
 * settings optimised per distance by {@link KeyRateOptimiser}. One step per distance point.
 */
@ApplicationScoped
public class KeyRateSweepSimulator implements Simulator {

  @Override
  public SimulationKind kind() {
    return SimulationKind.KEY_RATE_SWEEP;
  }

  @Override
  public SimulationResult run(SimulationParameters parameters, Progress progress) {
    KeyRateSweepParameters sweep = (KeyRateSweepParameters) parameters;
    List<Double> distances = sweep.distancesKm();
    int steps = sweep.steps();
    int done = 0;
    List<KeyRateSweepResult.Series> series = new ArrayList<>();
    for (String name : sweep.protocols()) {
      KeyRateModel model = model(Protocol.fromCliName(name));
      List<Point> points = new ArrayList<>();
      for (double distance : distances) {
        progress.report(
            (double) done / steps, String.format(Locale.ROOT, "%s at %.1f km", name, distance));
        points.add(point(model, distance, sweep.repetitionRateHz()));
        done++;
      }
      series.add(new KeyRateSweepResult.Series(name, points));
    }
    progress.report(1, "done");
    return new KeyRateSweepResult(series);
  }

  /** One distance, as the command line's row: transmittance, optimal settings, rate, PLOB. */
  static Point point(KeyRateModel model, double distanceKm, double rateHz) {
    double transmittance = Decibels.toTransmittance(DvSystem.GYS.fibreLossDbPerKm() * distanceKm);
    KeyRate rate =
        KeyRateOptimiser.optimise(
                model, transmittance, new boolean[model.settings().size()], start(model))
            .keyRate();
    Map<String, Double> details = new LinkedHashMap<>();
    rate.details().forEach((name, value) -> details.put(name, Point.finite(value)));
    return new Point(
        distanceKm,
        Point.finite(transmittance),
        Point.finite(rate.mu()),
        Point.finite(rate.gain()),
        Point.finite(rate.qber()),
        Point.finite(rate.ratePerPulse()),
        Point.finite(rate.ratePerPulse() * rateHz),
        Point.finite(Fading.NONE.average(PlobBound::perPulse, transmittance)),
        details);
  }

  /** The model of a protocol on the GYS system, as the command line builds it by default. */
  static KeyRateModel model(Protocol protocol) {
    DvSystem gys = DvSystem.GYS;
    KeyRateModel model =
        switch (protocol) {
          case BB84 -> new GllpBb84(gys);
          case BB84_DECOY -> new VacuumWeakDecoyBb84(gys);
          case SARG04 -> new Sarg04(gys);
          case E91 ->
              new EntangledE91(
                  gys.receiver().detector(), gys.receiver().misalignment(), gys.ecEfficiency());
          case CV_GG02 -> CvGg02.lodewyck2007();
        };
    return new FadingAveragedModel(model, Fading.NONE);
  }

  /** The optimiser's starting point: the defaults, with a decoy ν kept below μ. */
  private static double[] start(KeyRateModel model) {
    double[] start = model.defaults();
    if (start.length > 1 && !(start[1] < start[0])) {
      start[1] = start[0] / 2;
    }
    return start;
  }
}
