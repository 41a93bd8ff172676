package io.qgate.qkd.protocol;

import io.qgate.qkd.detector.Receiver;
import io.qgate.qkd.detector.ThresholdDetector;

/**
 * The hardware of a discrete-variable link: fibre attenuation, Bob's receiver and the error
 * correction efficiency f (bits disclosed per bit of h(E)).
 */
public record DvSystem(double fibreLossDbPerKm, Receiver receiver, double ecEfficiency) {

  /**
   * GYS: the system of Gobby, Yuan, Shields, APL 84 3762 (2004), as used by Ma, Qi, Zhao, Lo, PRA
   * 72 012326 (2005), Table I: α = 0.21 dB/km, η_Bob = 0.045, Y0 = 1.7e-6, e_det = 3.3%, f = 1.22.
   */
  public static final DvSystem GYS =
      new DvSystem(0.21, new Receiver(new ThresholdDetector(0.045, 1.7e-6, 0), 0.033), 1.22);

  /** BB84 keeps a pulse when the bases match: q = 1/2 (Ma et al. 2005). */
  public static final double BB84_SIFTING = 0.5;

  public DvSystem {
    if (!(fibreLossDbPerKm >= 0) || Double.isInfinite(fibreLossDbPerKm)) {
      throw new IllegalArgumentException("fibre loss must be >= 0 dB/km, was " + fibreLossDbPerKm);
    }
    if (receiver == null) {
      throw new IllegalArgumentException("receiver must be given");
    }
    if (!(ecEfficiency >= 1) || Double.isInfinite(ecEfficiency)) {
      throw new IllegalArgumentException(
          "error-correction efficiency f must be >= 1, was " + ecEfficiency);
    }
  }
}
