package io.qgate.telemetry.envelope;

/**
 * Why a record was not accepted. The parser checks in this order: size, then version, algorithm and
 * the lengths it needs (TOO_LARGE, UNSUPPORTED_VERSION, UNKNOWN_ALGORITHM, TRUNCATED, MALFORMED),
 * then the nonce (BAD_NONCE), the master key (UNKNOWN_KEY) and the tag (AUTHENTICATION_FAILED).
 * REPLAY comes from {@link ReplayGuard}, after authentication.
 */
public enum RejectReason {
  /** Shorter than its header, nonce and tag need; or no bytes at all. */
  TRUNCATED,
  /** Longer than {@link EnvelopeLayout#MAX_ENVELOPE_LENGTH}. */
  TOO_LARGE,
  /** A version byte other than {@link EnvelopeLayout#VERSION}. */
  UNSUPPORTED_VERSION,
  /** An algorithm byte {@link Algorithm#byId} does not know. */
  UNKNOWN_ALGORITHM,
  /** Well-sized but not well-formed: empty or non-UTF-8 device id, negative epoch or sequence. */
  MALFORMED,
  /** The master key id is not one the consumer's {@link MasterKeys} knows (or it was retired). */
  UNKNOWN_KEY,
  /** The nonce is not the one the sequence number gives. */
  BAD_NONCE,
  /** The tag does not verify: tampered bytes, another topic, another device id or another key. */
  AUTHENTICATION_FAILED,
  /** Authentic, but its sequence is not above the highest accepted from the device. */
  REPLAY
}
