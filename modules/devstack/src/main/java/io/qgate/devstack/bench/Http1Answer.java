package io.qgate.devstack.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 answer read off a connection (RFC 9112): the status, the body by Content-Length, by
 * chunks or up to the end of the connection, and whether the server closes the connection after.
 */
record Http1Answer(int status, String body, boolean closes) {

  static Http1Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.1 answer: " + statusLine);
    }
    int status;
    try {
      status = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP status: " + statusLine);
    }
    long length = -1;
    boolean chunked = false;
    boolean closes = parts[0].equals("HTTP/1.0");
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = contentLength(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closes = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(256);
    if (chunked) {
      for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        copy(in, body, size);
        line(in); // the CRLF after the chunk
      }
      for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
        // trailers are not used
      }
    } else if (length >= 0) {
      copy(in, body, length);
    } else if (status != 204 && status != 304) {
      in.transferTo(body); // no length: the body ends with the connection
      closes = true;
    }
    return new Http1Answer(status, body.toString(StandardCharsets.UTF_8), closes);
  }

  private static long contentLength(String value) throws IOException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + value);
    }
  }

  private static long chunkSize(String line) throws IOException {
    int extension = line.indexOf(';');
    try {
      return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    } catch (NumberFormatException e) {
      throw new IOException("bad chunk size: " + line);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream to, long length)
      throws IOException {
    byte[] buffer = new byte[(int) Math.min(length, 8192)];
    for (long left = length; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("the connection closed inside an answer");
      }
      to.write(buffer, 0, read);
      left -= read;
    }
  }

  /** One header line without its CRLF (at most 16 KiB). */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed before the answer ended");
      }
      if (line.length() > 16 * 1024) {
        throw new IOException("an answer line longer than 16 KiB");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
