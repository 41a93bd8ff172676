package io.qgate.devstack.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads payara.log (one JSON record per line, see payara-logging.properties) as it grows, for two
 * facts: boot is over (Payara Micro logs "Payara Micro ... ready in N (ms)" after its deployments)
 * and the first SEVERE message. Payara Micro keeps running when the WAR fails to deploy; these let
 * {@code up} fail at once, with the cause, instead of waiting for the start timeout.
 */
final class PayaraBootWatch {

  private static final String BOOT_FINISHED = " ready in ";
  private static final String SEVERE = "\"Level\":\"SEVERE\"";
  private static final Pattern MESSAGE =
      Pattern.compile("\"LogMessage\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Path log;
  private long offset;
  private String partialLine = "";
  private boolean finished;
  private String firstSevere;

  /** Only lines written after this call count: payara.log is appended to across runs. */
  PayaraBootWatch(Path log) {
    this.log = log;
    this.offset = sizeOf(log);
  }

  boolean bootFinished() {
    readNewLines();
    return finished;
  }

  /** The message of the first SEVERE record of this run, e.g. a deployment exception. */
  Optional<String> firstSevere() {
    readNewLines();
    return Optional.ofNullable(firstSevere);
  }

  private void readNewLines() {
    String text = partialLine + readNewText();
    int end = text.lastIndexOf('\n');
    partialLine = text.substring(end + 1);
    if (end < 0) {
      return;
    }
    text.substring(0, end).lines().forEach(this::see);
  }

  private void see(String line) {
    if (line.contains(BOOT_FINISHED) && line.contains("Payara Micro")) {
      finished = true;
    }
    if (firstSevere == null && line.contains(SEVERE)) {
      Matcher message = MESSAGE.matcher(line);
      firstSevere = message.find() ? firstLine(unescape(message.group(1))) : line;
    }
  }

  private static String unescape(String json) {
    return json.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"");
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline);
  }

  private String readNewText() {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      if (length <= offset) {
        return "";
      }
      byte[] bytes = new byte[(int) Math.min(length - offset, Integer.MAX_VALUE)];
      file.seek(offset);
      file.readFully(bytes);
      offset += bytes.length;
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
