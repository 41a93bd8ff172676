package io.qgate.policy.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;

/** A policy version from the path: a positive integer, else 400. */
final class Versions {

  private Versions() {}

  static int parse(String version) {
    try {
      int parsed = Integer.parseInt(version);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("version", "must be a positive integer, not '" + version + "'");
  }
}
