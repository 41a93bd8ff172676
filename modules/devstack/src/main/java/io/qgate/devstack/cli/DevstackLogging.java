package io.qgate.devstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points slf4j-simple at a log file. Must run before the first logger is created: slf4j-simple
 * reads its configuration once, when it initialises.
 */
final class DevstackLogging {

  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private DevstackLogging() {}

  /** Sends all logging to {@code logFile}: qgate and PostgreSQL at INFO, Kafka at WARN. */
  static void toFile(Path logFile) {
    if (System.getProperty(PREFIX + "logFile") != null) {
      return; // already initialised, possibly by an earlier command in this JVM (tests)
    }
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
    } catch (IOException e) {
      // slf4j-simple would fall back to the console; stay quiet instead.
      System.setProperty(PREFIX + "defaultLogLevel", "off");
      return;
    }
    System.setProperty(PREFIX + "logFile", logFile.toAbsolutePath().toString());
    System.setProperty(PREFIX + "defaultLogLevel", "info");
    // Kafka logs hundreds of INFO lines per start and more while it runs.
    System.setProperty(PREFIX + "log.kafka", "warn");
    System.setProperty(PREFIX + "log.org.apache.kafka", "warn");
    System.setProperty(PREFIX + "log.state.change.logger", "warn");
    System.setProperty(PREFIX + "showThreadName", "true");
  }
}
