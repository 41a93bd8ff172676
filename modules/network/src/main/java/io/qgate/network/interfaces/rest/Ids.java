package io.qgate.network.interfaces.rest;

/** The shape of node and link ids: lower-case slugs that are safe in URLs and as KME/SAE ids. */
final class Ids {

  static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,62}$";
  static final String MESSAGE =
      "must be 1-63 lower-case letters, digits or '-', starting with a letter or digit";

  private Ids() {}
}
