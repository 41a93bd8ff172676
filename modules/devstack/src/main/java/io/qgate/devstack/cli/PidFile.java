package io.qgate.devstack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The pid of the running {@code ./qgate up} launcher. */
final class PidFile {

  /**
   * Appear in the launcher's command line; guard against a reused pid. The JDK cuts the command
   * line at 4 KB, before the main class of a long class path, so ./qgate's first -D counts too.
   */
  private static final String LAUNCHER_MAIN_CLASS = QgateCli.class.getName();

  private static final String LAUNCHER_PROPERTY = "-Dqgate.home=";

  private final Path file;

  PidFile(Path file) {
    this.file = file;
  }

  Optional<Long> recordedPid() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** The launcher process named by the file, if it is still alive. */
  Optional<ProcessHandle> liveProcess() {
    return recordedPid()
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(PidFile::looksLikeLauncher);
  }

  void write(long pid) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, pid + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }

  private static boolean looksLikeLauncher(ProcessHandle process) {
    // When the command line is unknown (another user's process), trust the file.
    return process
        .info()
        .commandLine()
        .map(c -> c.contains(LAUNCHER_PROPERTY) || c.contains(LAUNCHER_MAIN_CLASS))
        .orElse(true);
  }
}
