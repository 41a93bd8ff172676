package io.qgate.platform.domain;

/** The request names an entity that does not exist. */
public class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String kind, String id) {
    super("No " + kind + " with id '" + id + "'");
  }
}
