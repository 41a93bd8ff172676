package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.finitekey.FiniteKeyLength;
import io.qgate.qkd.sifting.SiftedBlock;

/**
 * What one block produced, filled stage by stage: counts for the session totals, the final keys if
 * any, and an abort or the reason there is no key. Mutable, confined to one block.
 */
final class BlockReport {

  long pulses;
  long detections;
  long siftedBits;

  /** Ground truth: the key-routed sifted bits and their errors, before any sampling. */
  long siftedKeyBits;

  long siftedKeyErrors;

  /** Bits disclosed for parameter estimation (a random sample, or the whole test basis). */
  long sampleBits;

  /** The population of the reported QBER estimate and its errors. */
  long qberBits;

  long qberErrors;

  /** Raw key bits entering error correction and their true errors (what Cascade must fix). */
  long keyBits;

  long keyErrors;
  long disclosedBits;

  /** n·h(e) of the block, the Shannon limit its disclosure is measured against. */
  double shannonBits;

  Boolean verificationPassed;
  FiniteKeyLength keyLength;
  long finalKeyBits;
  boolean keysIdentical = true;
  BitArray aliceKey;
  BitArray bobKey;

  /** Ground truth: raw key bits (after sampling) whose value Eve knows. */
  long eveKnownKeyBits;

  Abort abort;
  String shortfall;

  static BlockReport of(SiftedBlock block) {
    BlockReport report = new BlockReport();
    report.pulses = block.pulses();
    report.detections = block.detections();
    report.siftedBits = block.key().size() + block.test().size();
    report.siftedKeyBits = block.key().size();
    report.siftedKeyErrors = block.key().alice().hammingDistance(block.key().bob());
    return report;
  }
}
