package io.qgate.network.application;

import io.qgate.platform.domain.ConflictException;

/** Optimistic concurrency: a write names the version it read and loses if that is stale. */
final class Versions {

  private Versions() {}

  static void require(long expected, long actual, String kind, String id) {
    if (expected != actual) {
      throw new ConflictException(
          "The "
              + kind
              + " '"
              + id
              + "' was changed by someone else (version "
              + actual
              + ", you sent "
              + expected
              + "); reload and try again");
    }
  }
}
