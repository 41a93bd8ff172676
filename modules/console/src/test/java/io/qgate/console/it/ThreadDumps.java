package io.qgate.console.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thread dumps of a platform process that does not answer, taken with the JDK's {@code jcmd}, so
 * that a failure in CI names where the process was stuck rather than only that it was.
 */
final class ThreadDumps {

  private static final int FRAMES = 14;

  private ThreadDumps() {}

  /**
   * Writes the threads of process {@code pid} to {@code file} and returns the stacks of those whose
   * frames mention {@code marker} (at most {@value #FRAMES} lines each), or why there are none.
   */
  static String capture(long pid, Path file, String marker) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(file.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "jcmd did not answer within 60 s";
      }
      return stacksMentioning(Files.readString(file, StandardCharsets.UTF_8), marker);
    } catch (IOException e) {
      return "no thread dump: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no thread dump: interrupted";
    }
  }

  static String stacksMentioning(String dump, String marker) {
    List<String> stacks = new ArrayList<>();
    for (String stack : dump.split("\n\\s*\n")) {
      if (stack.startsWith("\"") && stack.contains(marker)) {
        stacks.add(String.join("\n", stack.lines().limit(FRAMES).toList()));
      }
    }
    return stacks.isEmpty()
        ? "no thread in " + marker
        : stacks.size() + " thread(s) in " + marker + ":\n" + String.join("\n\n", stacks);
  }
}
