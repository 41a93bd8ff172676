package io.qgate.grid.domain.synchrophasor;

import static io.qgate.grid.domain.synchrophasor.BigEndian.get16;

import io.qgate.platform.domain.telemetry.MalformedReadingException;

/**
 * The checks a received data frame must pass before any field is believed, in the order that gives
 * the most useful message: length, SYNC (§6.2 Table 2), FRAMESIZE against the payload and against
 * the configuration, CHK (CRC-CCITT, §6.2 Table 2), IDCODE. A frame that fails is reported with
 * {@link MalformedReadingException}, never half-decoded.
 */
final class FrameCheck {

  private FrameCheck() {}

  static void check(byte[] payload, int frameSize, int idCode, int phasorCount) {
    if (payload == null || payload.length < 4) {
      throw new MalformedReadingException(
          "truncated synchrophasor frame: "
              + (payload == null ? 0 : payload.length)
              + " bytes, not even SYNC and FRAMESIZE");
    }
    int sync = get16(payload, 0);
    if ((sync & 0xFF00) != 0xAA00) {
      throw new MalformedReadingException(
          "not a C37.118 frame: SYNC 0x" + Integer.toHexString(sync) + " does not start with 0xAA");
    }
    int version = sync & 0x0F;
    if ((sync & 0xF0) != 0 || (version != 1 && version != 2)) {
      throw new MalformedReadingException(
          "not a C37.118 data frame of version 1 or 2: SYNC 0x" + Integer.toHexString(sync));
    }
    int declared = get16(payload, 2);
    if (declared != payload.length) {
      throw new MalformedReadingException(
          "FRAMESIZE " + declared + " but the payload has " + payload.length + " bytes");
    }
    if (declared != frameSize) {
      throw new MalformedReadingException(
          "FRAMESIZE "
              + declared
              + " does not fit the configuration of IDCODE "
              + idCode
              + " ("
              + phasorCount
              + " float polar phasors, float FREQ/DFREQ: "
              + frameSize
              + " bytes)");
    }
    int chk = get16(payload, frameSize - 2);
    int crc = Crc16Ccitt.compute(payload, 0, frameSize - 2);
    if (chk != crc) {
      throw new MalformedReadingException(
          "CHK 0x"
              + Integer.toHexString(chk)
              + " does not match the CRC-CCITT 0x"
              + Integer.toHexString(crc)
              + " of the frame");
    }
    int id = get16(payload, 4);
    if (id != idCode) {
      throw new MalformedReadingException("IDCODE " + id + " where " + idCode + " was expected");
    }
  }
}
