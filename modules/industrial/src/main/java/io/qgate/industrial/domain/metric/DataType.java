package io.qgate.industrial.domain.metric;

/**
 * The subset of Sparkplug B metric datatypes a PLC tag may have, with the wire codes of the
 * Sparkplug {@code DataType} enumeration (Eclipse Sparkplug 3.0, §6.4, and sparkplug_b.proto), so a
 * payload's datatype byte reads the same as in a real Sparkplug B message. Unsigned, DateTime,
 * Bytes, DataSet and Template types are left out: the plant's tags never use them.
 */
public enum DataType {
  INT32(3, 4),
  INT64(4, 8),
  FLOAT(9, 4),
  DOUBLE(10, 8),
  BOOLEAN(11, 1),
  /** UTF-8, preceded on the wire by its u16 byte length. */
  STRING(12, -1);

  private static final DataType[] BY_CODE = new DataType[256];

  static {
    for (DataType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  private final int code;
  private final int fixedSize;

  DataType(int code, int fixedSize) {
    this.code = code;
    this.fixedSize = fixedSize;
  }

  /** The Sparkplug B datatype code, written as one byte. */
  public int code() {
    return code;
  }

  /** The value's size on the wire, or -1 when it is length-prefixed (STRING). */
  public int fixedSize() {
    return fixedSize;
  }

  /** Whether values of this type can cross an analog alarm limit. */
  public boolean isNumeric() {
    return this != BOOLEAN && this != STRING;
  }

  /** The datatype of a wire code, or {@code null} for a code outside the subset (no throw). */
  public static DataType ofCode(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
