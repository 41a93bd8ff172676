package io.qgate.qkd.authentication;

import java.io.ByteArrayOutputStream;

/**
 * The messages of one protocol round, authenticated together by a single tag. Each message is
 * framed by its length, so the concatenation determines the messages (no shifting bytes from one
 * message into the next).
 */
public final class Transcript {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int messages;

  public static Transcript of(byte[]... messages) {
    Transcript transcript = new Transcript();
    for (byte[] message : messages) {
      transcript.append(message);
    }
    return transcript;
  }

  public Transcript append(byte[] message) {
    long length = message.length;
    for (int i = 0; i < 8; i++) {
      bytes.write((int) (length >>> (8 * i)));
    }
    bytes.writeBytes(message);
    messages++;
    return this;
  }

  public int messages() {
    return messages;
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }
}
