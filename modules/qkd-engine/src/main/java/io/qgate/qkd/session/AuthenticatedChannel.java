package io.qgate.qkd.session;

import io.qgate.qkd.authentication.HashKeyUse;
import io.qgate.qkd.authentication.PreSharedKey;
import io.qgate.qkd.authentication.Tag;
import io.qgate.qkd.authentication.Transcript;
import io.qgate.qkd.authentication.WegmanCarter;
import io.qgate.qkd.bits.BitArray;
import java.util.SplittableRandom;

/**
 * The classical channel of a session, authenticated by Wegman–Carter tags (J. Comput. Syst. Sci. 22
 * 265 (1981)): per block Alice tags her announcements and Bob his, each checked by the other before
 * privacy amplification. One hash key serves the session, each tag takes a fresh 64-bit pad; when
 * the pre-shared pool runs low both copies are topped up from the secret the parties share
 * beforehand. Every bit consumed is counted, for the session's net key.
 */
final class AuthenticatedChannel {

  private static final int POOL_WORDS = 64;

  private final SplittableRandom reserve;
  private final PreSharedKey aliceKey;
  private final PreSharedKey bobKey;
  private final WegmanCarter alice;
  private final WegmanCarter bob;

  AuthenticatedChannel(long seed) {
    reserve = new SplittableRandom(seed);
    aliceKey = PreSharedKey.random(POOL_WORDS, reserve);
    bobKey = aliceKey.copy();
    alice = new WegmanCarter(aliceKey, HashKeyUse.PER_SESSION);
    bob = new WegmanCarter(bobKey, HashKeyUse.PER_SESSION);
  }

  /** Tags both sides' messages of a block and checks them at the other side. */
  boolean exchange(Transcript fromAlice, Transcript fromBob) {
    if (aliceKey.remainingBits() < 4 * WegmanCarter.TAG_BITS) {
      BitArray fresh = BitArray.random(64 * POOL_WORDS, reserve);
      aliceKey.replenish(fresh);
      bobKey.replenish(fresh);
    }
    Tag aliceTag = alice.tag(fromAlice);
    boolean bobAccepts = bob.verify(fromAlice, aliceTag);
    Tag bobTag = bob.tag(fromBob);
    boolean aliceAccepts = alice.verify(fromBob, bobTag);
    return bobAccepts && aliceAccepts;
  }

  /** Pre-shared key bits consumed so far (each party consumes the same). */
  long consumedBits() {
    return alice.consumption().bits();
  }

  /** Σ (L + 1)/2^64 over the tags: the chance that any forged message was accepted. */
  double forgeryBound() {
    return alice.consumption().forgeryBound();
  }
}
