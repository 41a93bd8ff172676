package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.LinkStatus;

/** A KME call that brought no usable answer; the message says which call and why, never key. */
final class KmeFailure extends Exception {

  private final LinkStatus status;

  KmeFailure(LinkStatus status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  LinkStatus status() {
    return status;
  }
}
