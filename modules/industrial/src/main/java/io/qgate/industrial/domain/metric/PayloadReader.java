package io.qgate.industrial.domain.metric;

import io.qgate.platform.domain.telemetry.MalformedReadingException;

/**
 * A bounds-checked big-endian cursor over a payload: every read first checks that the bytes are
 * there, so a truncated payload fails with what was being read and where, never with an {@code
 * ArrayIndexOutOfBoundsException}.
 */
final class PayloadReader {

  private final byte[] data;
  private int position;

  PayloadReader(byte[] data) {
    this.data = data;
  }

  int position() {
    return position;
  }

  int remaining() {
    return data.length - position;
  }

  int u8(String what) {
    need(1, what);
    return data[position++] & 0xFF;
  }

  int u16(String what) {
    need(2, what);
    int value = (data[position] & 0xFF) << 8 | data[position + 1] & 0xFF;
    position += 2;
    return value;
  }

  int i32(String what) {
    need(4, what);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | data[position++] & 0xFF;
    }
    return value;
  }

  long i64(String what) {
    need(8, what);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | data[position++] & 0xFF;
    }
    return value;
  }

  String utf8(int length, String what) {
    need(length, what);
    String text = Utf8.decode(data, position, length, what);
    position += length;
    return text;
  }

  private void need(int bytes, String what) {
    if (remaining() < bytes) {
      throw new MalformedReadingException(
          String.format(
              "payload truncated: %s needs %d bytes at offset %d, %d remain",
              what, bytes, position, remaining()));
    }
  }
}
