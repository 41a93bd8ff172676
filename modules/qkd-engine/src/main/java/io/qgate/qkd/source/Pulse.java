package io.qgate.qkd.source;

/** One emitted pulse: which intensity Alice chose and how many photons it really holds. */
public record Pulse(Intensity intensity, int photons) {

  /** The intensity classes of the decoy method. */
  public enum Intensity {
    SIGNAL,
    DECOY,
    VACUUM
  }
}
