package io.qgate.qkd.session;

import io.qgate.qkd.sifting.SiftedBlock;
import java.util.Map;

/** A protocol's post-processing of one sifted block, from estimation to final keys. */
interface BlockProcessor {

  /** Blocks with fewer raw key bits than this give no key (too short to estimate anything). */
  int MIN_KEY_BITS = 64;

  BlockReport process(SiftedBlock block);

  /** The QBER above which the protocol aborts, where its asymptotic rate function reaches zero. */
  double qberThreshold();

  /** Protocol-specific figures over the blocks so far, in order, for reports. */
  Map<String, Double> details();

  /** The report of a block that gives no key because it is too small. */
  static BlockReport tooShort(BlockReport report, String what, long bits) {
    report.shortfall =
        "not enough key: the block has only " + bits + " " + what + " (need " + MIN_KEY_BITS + ")";
    return report;
  }
}
