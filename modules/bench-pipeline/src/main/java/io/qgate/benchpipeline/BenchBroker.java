package io.qgate.benchpipeline;

import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The broker of a run: an embedded Kafka 4 broker in this JVM on a free port, in a fresh data
 * directory removed afterwards, or an external one named by {@code --bootstrap}. In-process means
 * the broker shares the two cores with the producers and consumers, as it would on a one-box edge
 * deployment; the per-stage CPU figures say how much it takes.
 */
final class BenchBroker implements AutoCloseable {

  private final EmbeddedKafka kafka;
  private final Path dataDirectory;
  private final String bootstrap;

  private BenchBroker(EmbeddedKafka kafka, Path dataDirectory, String bootstrap) {
    this.kafka = kafka;
    this.dataDirectory = dataDirectory;
    this.bootstrap = bootstrap;
  }

  static BenchBroker external(String bootstrap) {
    return new BenchBroker(null, null, bootstrap);
  }

  /** A fresh embedded broker with its data under {@code parent}. */
  static BenchBroker embedded(Path parent) {
    try {
      Files.createDirectories(parent);
      Path dir = Files.createTempDirectory(parent, "kafka-");
      EmbeddedKafka kafka = EmbeddedKafka.start(dir, Ports.anyFree());
      return new BenchBroker(kafka, dir, kafka.bootstrapServers());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data directory under " + parent, e);
    }
  }

  String bootstrap() {
    return bootstrap;
  }

  String describe() {
    return kafka == null ? "external broker " + bootstrap : "embedded Kafka broker " + bootstrap;
  }

  @Override
  public void close() {
    if (kafka == null) {
      return;
    }
    kafka.close();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // leftover files in target/ only
    }
  }
}
