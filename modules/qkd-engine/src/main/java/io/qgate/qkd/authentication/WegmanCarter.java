package io.qgate.qkd.authentication;

/**
 * Wegman–Carter authentication (J. Comput. Syst. Sci. 22, 265 (1981)): tag = h_k(m) ⊕ r with h_k
 * from the ε-almost-XOR-universal {@link PolynomialHash} family and r a fresh 64-bit one-time pad.
 * XOR with a uniform pad turns ε-AXU into ε-almost-strongly-universal₂ (Stinson 1994), so after
 * seeing one tagged message Eve substitutes another with success at most ε = (L + 1)/2^64, whatever
 * her computing power. Each party runs its own instance on its copy of the key, in the same order.
 */
public final class WegmanCarter {

  public static final int TAG_BITS = 64;

  private final PreSharedKey key;
  private final HashKeyUse hashKeyUse;
  private PolynomialHash sessionHash;
  private long sequence;
  private long hashKeys;
  private double forgeryBound;

  public WegmanCarter(PreSharedKey key, HashKeyUse hashKeyUse) {
    this.key = key;
    this.hashKeyUse = hashKeyUse;
  }

  /** Tags one message (tag per message). */
  public Tag tag(byte[] message) {
    return tag(Transcript.of(message));
  }

  /** Tags a whole round of messages with one tag (tag per round). */
  public Tag tag(Transcript transcript) {
    byte[] bytes = transcript.bytes();
    PolynomialHash hash = nextHash();
    long pad = key.take();
    forgeryBound += PolynomialHash.collisionBound(bytes.length);
    return new Tag(sequence++, hash.hash(bytes) ^ pad);
  }

  public boolean verify(byte[] message, Tag tag) {
    return verify(Transcript.of(message), tag);
  }

  /**
   * Recomputes the tag with the same key material and compares. A tag out of sequence fails; the
   * key is consumed either way, so both copies stay aligned until the session aborts.
   */
  public boolean verify(Transcript transcript, Tag tag) {
    long expectedSequence = sequence;
    Tag expected = tag(transcript);
    return tag.sequence() == expectedSequence && tag.value() == expected.value();
  }

  public KeyConsumption consumption() {
    return new KeyConsumption(sequence, hashKeys, TAG_BITS * (sequence + hashKeys), forgeryBound);
  }

  private PolynomialHash nextHash() {
    if (hashKeyUse == HashKeyUse.PER_TAG || sessionHash == null) {
      sessionHash = new PolynomialHash(key.take());
      hashKeys++;
    }
    return sessionHash;
  }
}
