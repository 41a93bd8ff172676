package io.qgate.qkd.authentication;

/**
 * Whether the hash key k is recycled. Wegman and Carter (J. Comput. Syst. Sci. 22, 265 (1981), Sec.
 * 3) showed that k may serve many tags as long as each tag is encrypted with a fresh one-time pad;
 * drawing k afresh for every tag costs twice the key but makes each tag an independent one-time
 * MAC.
 */
public enum HashKeyUse {
  /** A fresh k and a fresh pad per tag: 128 bits per tag. */
  PER_TAG,
  /** One k per authenticator (session), a fresh pad per tag: 64 bits per tag plus 64 once. */
  PER_SESSION;

  /** Pre-shared key bits {@code tags} tags consume under this policy. */
  public long bitsFor(long tags) {
    if (tags < 0) {
      throw new IllegalArgumentException("negative tag count " + tags);
    }
    long hashKeys = this == PER_TAG ? tags : Math.min(1, tags);
    return WegmanCarter.TAG_BITS * (tags + hashKeys);
  }
}
