package io.qgate.devstack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a log, shown when a server fails to start. */
final class LogTail {

  private LogTail() {}

  static List<String> lastLines(Path log, int count) {
    if (!Files.isRegularFile(log)) {
      return List.of();
    }
    Deque<String> tail = new ArrayDeque<>(count);
    // Lenient decoding: a log can hold bytes that are not UTF-8.
    try (Stream<String> lines =
        new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()) {
      lines.forEach(
          line -> {
            if (tail.size() == count) {
              tail.removeFirst();
            }
            tail.addLast(line);
          });
    } catch (IOException e) {
      return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
    }
    return List.copyOf(tail);
  }
}
