package io.qgate.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka 4 broker in this JVM: KRaft mode, one node acting as broker and controller. Topics
 * and records live in the data directory and survive a restart on it.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private final KafkaRaftServer server;
  private final KafkaBrokerConfig config;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafka(KafkaRaftServer server, KafkaBrokerConfig config) {
    this.server = server;
    this.config = config;
  }

  /**
   * Starts a broker listening on {@code localhost:port}; the controller takes {@code port + 1} (or
   * another free port) on first start and keeps it for this data directory.
   *
   * @throws PortInUseException if the broker or controller port is taken
   */
  public static EmbeddedKafka start(Path dataDirectory, int port) {
    try {
      Ports.requireFree(port, "Kafka");
      KafkaBrokerConfig config =
          KafkaBrokerConfig.loadOrCreate(dataDirectory, port, Uuid.randomUuid().toString());
      Ports.requireFree(config.controllerPort(), "the Kafka controller");
      if (!config.isFormatted()) {
        format(config, dataDirectory);
      }
      KafkaRaftServer server =
          new KafkaRaftServer(KafkaConfig.fromProps(config.serverProperties()), Time.SYSTEM);
      try {
        server.startup();
      } catch (RuntimeException e) {
        server.shutdown();
        server.awaitShutdown();
        throw e;
      }
      return new EmbeddedKafka(server, config);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Kafka in " + dataDirectory, e);
    }
  }

  /** {@code localhost:<port>}, for bootstrap.servers. */
  public String bootstrapServers() {
    return "localhost:" + config.port();
  }

  public int port() {
    return config.port();
  }

  /** Shuts the broker down and waits until it has; later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.shutdown();
      server.awaitShutdown();
    }
  }

  /** Same as {@code kafka-storage.sh format -t <id> -c server.properties}, in-process. */
  private static void format(KafkaBrokerConfig config, Path dataDirectory) throws IOException {
    Path propertiesFile = dataDirectory.resolve("server.properties");
    try (Writer writer = Files.newBufferedWriter(propertiesFile, StandardCharsets.UTF_8)) {
      config.serverProperties().store(writer, "written by qgate devstack for the storage tool");
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      exitCode =
          StorageTool.execute(
              new String[] {
                "format", "--cluster-id", config.clusterId(), "--config", propertiesFile.toString()
              },
              out);
    }
    if (exitCode != 0) {
      throw new IllegalStateException(
          "Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8).trim());
    }
  }
}
