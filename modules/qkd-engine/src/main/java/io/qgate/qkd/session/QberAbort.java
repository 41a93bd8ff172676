package io.qgate.qkd.session;

import io.qgate.qkd.estimation.SerflingBound;
import java.util.Locale;

/**
 * The abort test of a block: the QBER is above the protocol's threshold beyond doubt, i.e. even
 * Serfling's lower bound λ − μ (Tomamichel 2012 Eq. S15) at a false-alarm probability of 10^−6
 * exceeds it. Aborting is always secure; the margin only keeps small blocks of an honest link near
 * its cut-off from aborting by chance. A block between λ − μ and the threshold goes on and gets the
 * finite-key length its estimate allows, usually none.
 */
final class QberAbort {

  /** The chance that an honest block whose QBER is at the threshold aborts. */
  static final double FALSE_ALARM = 1e-6;

  private QberAbort() {}

  /** The abort, or null when the sample does not prove the QBER above the threshold. */
  static Abort test(long sampled, long errors, long kept, double threshold, String source) {
    double qber = (double) errors / sampled;
    double lower = qber - SerflingBound.deviation(Math.max(1, kept), sampled, FALSE_ALARM);
    if (!(lower > threshold)) {
      return null;
    }
    return new Abort(
        Abort.Code.QBER_ABOVE_THRESHOLD,
        String.format(
            Locale.ROOT,
            "QBER %.4f (at least %.4f) above the threshold %.4f (%s): eavesdropping or a"
                + " faulty link",
            qber,
            lower,
            threshold,
            source));
  }
}
