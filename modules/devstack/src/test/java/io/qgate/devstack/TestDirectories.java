package io.qgate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test data lives under target/, so mvn clean removes it. */
public final class TestDirectories {

  private TestDirectories() {}

  public static Path newDirectory(String prefix) throws IOException {
    Path parent = Files.createDirectories(Path.of("target", "test-data"));
    return Files.createTempDirectory(parent, prefix).toAbsolutePath();
  }
}
