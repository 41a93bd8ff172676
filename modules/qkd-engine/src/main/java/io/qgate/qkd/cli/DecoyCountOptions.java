package io.qgate.qkd.cli;

import io.qgate.qkd.finitekey.BasisCounts;
import io.qgate.qkd.finitekey.DecoySettings;
import io.qgate.qkd.finitekey.DecoyStatistics;
import picocli.CommandLine.Option;

/** The inputs of {@code sim finite-key --protocol bb84-decoy}: Lim 2014's per-intensity data. */
final class DecoyCountOptions {

  @Option(
      names = "--intensities",
      split = ",",
      description = "bb84-decoy: mu1,mu2,mu3 with mu1 > mu2 + mu3, mu2 > mu3 >= 0")
  double[] intensities;

  @Option(
      names = "--intensity-probabilities",
      split = ",",
      description = "bb84-decoy: p1,p2,p3 (sum 1)")
  double[] probabilities;

  @Option(names = "--detections-x", split = ",", description = "bb84-decoy: n_X,k per intensity")
  double[] detectionsX;

  @Option(names = "--errors-x", split = ",", description = "bb84-decoy: m_X,k per intensity")
  double[] errorsX;

  @Option(names = "--detections-z", split = ",", description = "bb84-decoy: n_Z,k per intensity")
  double[] detectionsZ;

  @Option(names = "--errors-z", split = ",", description = "bb84-decoy: m_Z,k per intensity")
  double[] errorsZ;

  boolean anyGiven() {
    for (double[] values :
        new double[][] {intensities, probabilities, detectionsX, errorsX, detectionsZ, errorsZ}) {
      if (values != null) {
        return true;
      }
    }
    return false;
  }

  DecoySettings settings() {
    three("--intensities", intensities);
    three("--intensity-probabilities", probabilities);
    double[] mu = intensities;
    double[] p = probabilities;
    return new DecoySettings(mu[0], mu[1], mu[2], p[0], p[1], p[2]);
  }

  DecoyStatistics statistics() {
    return new DecoyStatistics(
        counts("x", detectionsX, errorsX), counts("z", detectionsZ, errorsZ));
  }

  private static BasisCounts counts(String basis, double[] detections, double[] errors) {
    three("--detections-" + basis, detections);
    three("--errors-" + basis, errors);
    return new BasisCounts(detections, errors);
  }

  private static void three(String flag, double[] values) {
    if (values == null || values.length != 3) {
      throw new IllegalArgumentException(
          flag + " needs three comma-separated values for bb84-decoy (mu1, mu2, mu3 order)");
    }
  }
}
