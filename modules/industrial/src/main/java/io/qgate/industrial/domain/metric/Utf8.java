package io.qgate.industrial.domain.metric;

import io.qgate.platform.domain.telemetry.MalformedReadingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for STRING metrics: Sparkplug strings are UTF-8 (protobuf {@code string}), and a
 * lenient decoder would turn a corrupt payload into replacement characters instead of an error.
 */
final class Utf8 {

  private Utf8() {}

  /** Rejects text that cannot round-trip (unpaired surrogates) or is longer than {@code max}. */
  static void requireEncodable(String text, int max) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("text has an unpaired surrogate at index " + i);
      } else {
        bytes += 3;
      }
    }
    if (bytes > max) {
      throw new IllegalArgumentException("text is " + bytes + " UTF-8 bytes, at most " + max);
    }
  }

  static String decode(byte[] data, int offset, int length, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedReadingException(what + " is not valid UTF-8");
    }
  }
}
