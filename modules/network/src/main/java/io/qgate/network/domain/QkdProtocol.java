package io.qgate.network.domain;

/** The QKD protocol a link runs. */
public enum QkdProtocol {
  BB84,
  BB84_DECOY,
  SARG04,
  E91,
  CV_GG02
}
