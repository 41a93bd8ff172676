package io.qgate.qkd.session;

import io.qgate.qkd.bits.BitArray;
import java.util.ArrayList;
import java.util.List;

/** Running sums over a session's blocks: counters, and the final keys when they are kept. */
final class SessionTotals {

  long pulses;
  long detections;
  long siftedBits;
  long siftedKeyBits;
  long siftedKeyErrors;
  long sampleBits;
  long qberBits;
  long qberErrors;
  long keyBits;
  long keyErrors;
  long disclosedBits;
  double shannonBits;
  Boolean verificationPassed;
  long finalKeyBits;
  boolean keysIdentical = true;
  long eveKnownKeyBits;
  int blocks;
  int blocksWithKey;
  int maxSiftedKeyBits;
  Abort abort;
  String lastShortfall;
  final List<BitArray> aliceKeys = new ArrayList<>();
  final List<BitArray> bobKeys = new ArrayList<>();

  void add(BlockReport r) {
    pulses += r.pulses;
    detections += r.detections;
    siftedBits += r.siftedBits;
    siftedKeyBits += r.siftedKeyBits;
    siftedKeyErrors += r.siftedKeyErrors;
    sampleBits += r.sampleBits;
    qberBits += r.qberBits;
    qberErrors += r.qberErrors;
    keyBits += r.keyBits;
    keyErrors += r.keyErrors;
    disclosedBits += r.disclosedBits;
    shannonBits += r.shannonBits;
    if (r.verificationPassed != null) {
      verificationPassed =
          r.verificationPassed && (verificationPassed == null || verificationPassed);
    }
    finalKeyBits += r.finalKeyBits;
    keysIdentical &= r.keysIdentical;
    eveKnownKeyBits += r.eveKnownKeyBits;
    blocks++;
    blocksWithKey += r.finalKeyBits > 0 ? 1 : 0;
    maxSiftedKeyBits = (int) Math.max(maxSiftedKeyBits, r.siftedKeyBits);
    if (r.aliceKey != null) {
      aliceKeys.add(r.aliceKey);
      bobKeys.add(r.bobKey);
    }
    if (r.shortfall != null) {
      lastShortfall = r.shortfall;
    }
    if (r.abort != null && abort == null) {
      abort = r.abort;
    }
  }
}
