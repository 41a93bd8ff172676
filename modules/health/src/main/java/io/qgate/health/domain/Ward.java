package io.qgate.health.domain;

/**
 * A hospital ward, identified by its number. Wards group the beds whose monitors report through the
 * same edge gateway and are how operators locate an alert ("ward 3 bed 12"); a ward says nothing
 * about the patients in it.
 */
public record Ward(int number) {

  /** The largest ward number: keeps device ids short (at most 63 characters in the registry). */
  public static final int MAX_NUMBER = 9999;

  public Ward {
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("ward number must be 1.." + MAX_NUMBER);
    }
  }

  /** The ward number as it appears in device ids: at least two digits, e.g. {@code 03}. */
  public String code() {
    return String.format("%02d", number);
  }
}
