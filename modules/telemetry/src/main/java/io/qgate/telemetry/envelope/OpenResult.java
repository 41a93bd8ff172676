package io.qgate.telemetry.envelope;

/**
 * What {@link EnvelopeOpener#open} makes of a record: {@link Accepted} or {@link Rejected}, never
 * an exception for bad input. Switch on it or use {@link #accepted()}.
 */
public sealed interface OpenResult permits Accepted, Rejected {

  /** True for {@link Accepted}. */
  default boolean accepted() {
    return this instanceof Accepted;
  }
}
