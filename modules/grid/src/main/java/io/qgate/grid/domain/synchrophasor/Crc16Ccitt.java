package io.qgate.grid.domain.synchrophasor;

/**
 * The frame check of IEEE C37.118.2-2011 §6.2 Table 2 (CHK): CRC-CCITT with generating polynomial
 * x^16 + x^12 + x^5 + 1 (0x1021), initial value 0xFFFF, no reflection and no final XOR (the
 * catalogue name is CRC-16/IBM-3740, check value 0x29B1 for "123456789"). Table-driven, one lookup
 * per byte, because it runs over every frame the consumer reads.
 */
public final class Crc16Ccitt {

  private static final int[] TABLE = new int[256];

  static {
    for (int b = 0; b < 256; b++) {
      int crc = b << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      TABLE[b] = crc & 0xFFFF;
    }
  }

  private Crc16Ccitt() {}

  /** The CRC of {@code length} bytes of {@code data} from {@code offset}, as 0..0xFFFF. */
  public static int compute(byte[] data, int offset, int length) {
    int crc = 0xFFFF;
    for (int i = offset, end = offset + length; i < end; i++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
    }
    return crc;
  }
}
