package io.qgate.health.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bed in a ward: where a bedside monitor stands. The monitor's device id is derived from it
 * ({@code mon-<ward>-<bed>}, e.g. {@code mon-03-12}), so a consumer can locate an alert from the
 * Kafka record's device id alone, without the patient reference.
 */
public record Bed(Ward ward, int number) {

  public static final int MAX_NUMBER = 9999;

  private static final Pattern DEVICE_ID = Pattern.compile("mon-(\\d{2,4})-(\\d{2,4})");

  public Bed {
    if (ward == null) {
      throw new IllegalArgumentException("a bed belongs to a ward");
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("bed number must be 1.." + MAX_NUMBER);
    }
  }

  /** The id of the monitor at this bed, e.g. {@code mon-03-12} (at most 13 characters). */
  public String deviceId() {
    return "mon-" + ward.code() + "-" + String.format("%02d", number);
  }

  /** Where an operator finds the bed, e.g. {@code ward 3 bed 12}. */
  public String label() {
    return "ward " + ward.number() + " bed " + number;
  }

  /** The bed of a monitor named by the {@code mon-<ward>-<bed>} convention, if it is one. */
  public static Optional<Bed> ofDeviceId(String deviceId) {
    if (deviceId == null) {
      return Optional.empty();
    }
    Matcher matcher = DEVICE_ID.matcher(deviceId);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int ward = Integer.parseInt(matcher.group(1));
    int bed = Integer.parseInt(matcher.group(2));
    if (ward < 1 || bed < 1) {
      return Optional.empty();
    }
    return Optional.of(new Bed(new Ward(ward), bed));
  }
}
