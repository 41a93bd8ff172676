package io.qgate.vault.domain;

import java.util.List;

/** 503: a link's pool holds too little key for a whole request; nothing was taken from it. */
public class PoolTooSmallException extends EtsiException {

  private static final long serialVersionUID = 1L;

  public PoolTooSmallException(String message) {
    super(503, message, List.of());
  }
}
