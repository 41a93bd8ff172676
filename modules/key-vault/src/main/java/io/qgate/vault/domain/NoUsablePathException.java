package io.qgate.vault.domain;

import java.util.List;

/** 503: the two KMEs are joined only over links marked compromised; no QKD key can be issued. */
public class NoUsablePathException extends EtsiException {

  private static final long serialVersionUID = 1L;

  public NoUsablePathException(String message) {
    super(503, message, List.of());
  }
}
