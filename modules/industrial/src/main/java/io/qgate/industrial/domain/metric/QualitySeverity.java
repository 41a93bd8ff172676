package io.qgate.industrial.domain.metric;

/**
 * The severity a StatusCode carries in its two top bits (OPC UA Part 4, §7.39): whether a value may
 * be used (GOOD), used with caution (UNCERTAIN) or not at all (BAD).
 */
public enum QualitySeverity {
  GOOD,
  UNCERTAIN,
  BAD;

  /**
   * The severity of a 32-bit StatusCode: bits 31–30 are 00 Good, 01 Uncertain, 10 Bad; 11 is
   * reserved and, as Part 4 asks of clients, read as Bad.
   */
  public static QualitySeverity of(int statusCode) {
    return switch (statusCode >>> 30) {
      case 0b00 -> GOOD;
      case 0b01 -> UNCERTAIN;
      default -> BAD;
    };
  }
}
