package io.qgate.qkd.finitekey;

import java.util.Arrays;

/**
 * Detections and bit errors of one basis, per intensity (μ1, μ2, μ3): n_{X,k} and m_{X,k} in Lim et
 * al. 2014. Counts are doubles so that a model's expected counts can be analysed like observed
 * ones.
 */
public record BasisCounts(double[] detections, double[] errors) {

  public BasisCounts {
    if (detections == null || errors == null || detections.length != 3 || errors.length != 3) {
      throw new IllegalArgumentException("need detections and errors for the three intensities");
    }
    detections = detections.clone();
    errors = errors.clone();
    for (int k = 0; k < 3; k++) {
      if (!(detections[k] >= 0 && errors[k] >= 0 && errors[k] <= detections[k])
          || Double.isInfinite(detections[k])) {
        throw new IllegalArgumentException(
            "counts must be finite with 0 <= errors <= detections; intensity "
                + (k + 1)
                + " has "
                + detections[k]
                + " detections and "
                + errors[k]
                + " errors");
      }
    }
  }

  public double detections(int k) {
    return detections[k];
  }

  public double errors(int k) {
    return errors[k];
  }

  /** n_X = Σ_k n_{X,k}. */
  public double totalDetections() {
    return Arrays.stream(detections).sum();
  }

  /** m_X = Σ_k m_{X,k}. */
  public double totalErrors() {
    return Arrays.stream(errors).sum();
  }

  /** The same counts scaled by a factor: a longer run of the same channel. */
  public BasisCounts scaled(double factor) {
    return new BasisCounts(
        Arrays.stream(detections).map(d -> d * factor).toArray(),
        Arrays.stream(errors).map(e -> e * factor).toArray());
  }
}
