package io.qgate.grid.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One phasor channel of a PMU: its name (CHNAM, 16 ASCII characters) and whether it measures a
 * voltage or a current (PHUNIT high byte: 0 = voltage, 1 = current), IEEE C37.118.2-2011 §6.4 Table
 * 9. The simulator needs the kind to know what magnitude to produce.
 */
public record PhasorChannel(String name, Kind kind) {

  /** The quantity a phasor channel measures. */
  public enum Kind {
    VOLTAGE,
    CURRENT
  }

  /** CHNAM is a 16-byte ASCII field (C37.118.2-2011 §6.4 Table 9). */
  public static final int MAX_NAME_LENGTH = 16;

  public PhasorChannel {
    Objects.requireNonNull(kind, "kind");
    requireAsciiName(name, "phasor channel name");
  }

  public static PhasorChannel voltage(String name) {
    return new PhasorChannel(name, Kind.VOLTAGE);
  }

  public static PhasorChannel current(String name) {
    return new PhasorChannel(name, Kind.CURRENT);
  }

  static void requireAsciiName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH
        || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
      throw new IllegalArgumentException(
          what + " must be at most 16 ASCII characters (C37.118.2 name field): " + name);
    }
  }
}
