package io.qgate.industrial.domain.metric;

/**
 * The quality of a metric as an OPC UA StatusCode (OPC UA Part 4, §7.39; the numeric codes are
 * those of the OPC Foundation's StatusCode.csv): a 32-bit code whose top two bits are the {@link
 * QualitySeverity}. PLC gateways bridging OPC UA into Sparkplug carry it as the metric's quality
 * property; here it is a fixed u32 field of every metric.
 *
 * @param code the raw 32-bit code (unsigned on the wire, an {@code int} here)
 */
public record StatusCode(int code) {

  /** The value is fine. */
  public static final StatusCode GOOD = new StatusCode(0x00000000);

  /** Communication with the source failed; the value is the last one that could be used. */
  public static final StatusCode UNCERTAIN_LAST_USABLE_VALUE = new StatusCode(0x40900000);

  /** The sensor reports a failure: the value means nothing. */
  public static final StatusCode BAD_SENSOR_FAILURE = new StatusCode(0x808B0000);

  /** The PLC could not be reached: the value means nothing. */
  public static final StatusCode BAD_COMMUNICATION_ERROR = new StatusCode(0x80050000);

  /** The code for {@code code}, reusing the shared instances of the codes above (no allocation). */
  public static StatusCode of(int code) {
    return switch (code) {
      case 0x00000000 -> GOOD;
      case 0x40900000 -> UNCERTAIN_LAST_USABLE_VALUE;
      case 0x808B0000 -> BAD_SENSOR_FAILURE;
      case 0x80050000 -> BAD_COMMUNICATION_ERROR;
      default -> new StatusCode(code);
    };
  }

  public QualitySeverity severity() {
    return QualitySeverity.of(code);
  }

  public boolean isGood() {
    return severity() == QualitySeverity.GOOD;
  }

  /** The OPC UA symbolic name, e.g. {@code BadSensorFailure}, or severity and hex for others. */
  public String symbolicName() {
    return switch (code) {
      case 0x00000000 -> "Good";
      case 0x40900000 -> "UncertainLastUsableValue";
      case 0x808B0000 -> "BadSensorFailure";
      case 0x80050000 -> "BadCommunicationError";
      default -> String.format("%s(0x%08X)", severity(), code);
    };
  }

  @Override
  public String toString() {
    return symbolicName();
  }
}
