package io.qgate.network.domain;

/** How photons travel between the two ends of a link. */
public enum ChannelKind {
  /** Optical fibre: loss grows with length (dB/km × km). */
  FIBRE,
  /** Free-space or satellite optics: one fixed loss in dB. */
  FREE_SPACE
}
