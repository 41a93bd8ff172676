package io.qgate.qkd.cli;

import io.qgate.qkd.channel.Fading;
import io.qgate.qkd.channel.LogNormalFading;
import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.protocol.CvGg02;
import io.qgate.qkd.protocol.DecoyBb84;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.EntangledE91;
import io.qgate.qkd.protocol.FadingAveragedModel;
import io.qgate.qkd.protocol.GllpBb84;
import io.qgate.qkd.protocol.KeyRateModel;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.protocol.Sarg04;
import io.qgate.qkd.protocol.VacuumWeakDecoyBb84;

/**
 * The validated inputs of {@code sim keyrate}: the model of the chosen protocol on the chosen
 * system, which settings the user pinned, and the link. Every bad value is an {@link
 * IllegalArgumentException} with a one-line message.
 */
record KeyRateSetup(
    KeyRateModel model,
    boolean[] fixed,
    double[] start,
    double fibreLossDbPerKm,
    double linkLossDb,
    Fading fading,
    double repetitionRateHz) {

  static KeyRateSetup from(KeyRateCommand c) {
    Protocol protocol = Protocol.fromCliName(c.protocol);
    c.link.check(protocol);
    Flags.onlyFor(protocol, Protocol.CV_GG02, "--modulation-variance", c.modulationVariance);
    Flags.onlyFor(protocol, Protocol.CV_GG02, "--excess-noise", c.excessNoise);
    Flags.onlyFor(protocol, Protocol.CV_GG02, "--electronic-noise", c.electronicNoise);
    Flags.onlyFor(protocol, Protocol.CV_GG02, "--homodyne-efficiency", c.homodyneEfficiency);
    Flags.onlyFor(
        protocol, Protocol.CV_GG02, "--reconciliation-efficiency", c.reconciliationEfficiency);
    Flags.onlyFor(protocol, Protocol.BB84_DECOY, "--nu", c.nu);
    Flags.onlyFor(protocol, Protocol.BB84_DECOY, "--decoy", c.decoy);
    if (protocol == Protocol.CV_GG02 && c.mu != null) {
      throw new IllegalArgumentException("cv-gg02 takes --modulation-variance, not --mu");
    }
    double fibreLoss = c.link.fibreLossDbPerKm();
    double linkLoss = c.link.linkLossDb();
    double sigma = Flags.nonNegative("--fading-sigma", c.fadingSigma, 0);
    ThresholdDetector detector = c.link.detector();
    double eDet = c.link.misalignment();
    double f = Flags.atLeast("--ec-efficiency", c.ecEfficiency, DvSystem.GYS.ecEfficiency(), 1);
    double repetitionRate = c.link.repetitionRateHz();
    DvSystem system = new DvSystem(fibreLoss, new Receiver(detector, eDet), f);
    KeyRateModel model = model(protocol, c, system, detector, eDet, f);
    double[] start = model.defaults();
    boolean[] fixed = new boolean[start.length];
    Double pinned = protocol == Protocol.CV_GG02 ? c.modulationVariance : c.mu;
    if (pinned != null) {
      start[0] =
          Flags.positive(
              protocol == Protocol.CV_GG02 ? "--modulation-variance" : "--mu", pinned, 0);
      fixed[0] = true;
    }
    if (c.nu != null) {
      if (!(model instanceof VacuumWeakDecoyBb84)) {
        throw new IllegalArgumentException("--nu needs --decoy vacuum-weak");
      }
      start[1] = Flags.positive("--nu", c.nu, 0);
      if (start[1] >= 1) {
        throw new IllegalArgumentException("--nu must be below 1, was " + start[1]);
      }
      fixed[1] = true;
      if (fixed[0] && !(start[1] < start[0])) {
        throw new IllegalArgumentException("--nu must be below --mu");
      }
    }
    if (start.length > 1 && !(start[1] < start[0])) {
      // Keep the starting point feasible: move whichever of μ, ν the user did not pin.
      if (fixed[1]) {
        start[0] = (start[1] + model.settings().get(0).upper()) / 2;
      } else {
        start[1] = start[0] / 2;
      }
    }
    Fading fading = sigma == 0 ? Fading.NONE : new LogNormalFading(sigma);
    return new KeyRateSetup(
        new FadingAveragedModel(model, fading),
        fixed,
        start,
        fibreLoss,
        linkLoss,
        fading,
        repetitionRate);
  }

  private static KeyRateModel model(
      Protocol protocol,
      KeyRateCommand c,
      DvSystem system,
      ThresholdDetector detector,
      double eDet,
      double f) {
    return switch (protocol) {
      case BB84 -> new GllpBb84(system);
      case BB84_DECOY -> decoy(c.decoy, system);
      case SARG04 -> new Sarg04(system);
      case E91 -> new EntangledE91(detector, eDet, f);
      case CV_GG02 -> {
        CvGg02 lodewyck = CvGg02.lodewyck2007();
        yield new CvGg02(
            Flags.nonNegative("--excess-noise", c.excessNoise, lodewyck.excessNoise()),
            Flags.nonNegative("--electronic-noise", c.electronicNoise, lodewyck.electronicNoise()),
            Flags.probability(
                "--homodyne-efficiency", c.homodyneEfficiency, lodewyck.homodyneEfficiency()),
            Flags.probability(
                "--reconciliation-efficiency",
                c.reconciliationEfficiency,
                lodewyck.reconciliationEfficiency()));
      }
    };
  }

  private static KeyRateModel decoy(String method, DvSystem system) {
    if (method == null || method.equals("vacuum-weak")) {
      return new VacuumWeakDecoyBb84(system);
    }
    if (method.equals("infinite")) {
      return new DecoyBb84(system);
    }
    throw new IllegalArgumentException(
        "--decoy must be vacuum-weak or infinite, was '" + method + "'");
  }
}
