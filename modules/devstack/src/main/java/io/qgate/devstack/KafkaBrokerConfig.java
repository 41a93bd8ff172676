package io.qgate.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Configuration of the single-node KRaft broker (combined broker and controller, node 1), sized for
 * a laptop. The controller port and cluster id are chosen once per data directory and stored there,
 * because the formatted metadata log refers to them.
 */
final class KafkaBrokerConfig {

  static final int NODE_ID = 1;
  private static final String STATE_FILE = "devstack-kafka.properties";
  private static final String CONTROLLER_PORT = "controller.port";
  private static final String CLUSTER_ID = "cluster.id";

  private final Path dataDirectory;
  private final int port;
  private final int controllerPort;
  private final String clusterId;

  private KafkaBrokerConfig(Path dataDirectory, int port, int controllerPort, String clusterId) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.clusterId = clusterId;
  }

  /** Loads the stored controller port and cluster id, choosing and storing them on first use. */
  static KafkaBrokerConfig loadOrCreate(Path dataDirectory, int port, String newClusterId)
      throws IOException {
    Files.createDirectories(dataDirectory);
    Path stateFile = dataDirectory.resolve(STATE_FILE);
    Properties state = new Properties();
    if (Files.isRegularFile(stateFile)) {
      try (Reader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
        state.load(reader);
      }
    }
    if (!state.containsKey(CONTROLLER_PORT) || !state.containsKey(CLUSTER_ID)) {
      int controllerPort = Ports.isFree(port + 1) ? port + 1 : Ports.anyFree();
      state.setProperty(CONTROLLER_PORT, Integer.toString(controllerPort));
      state.setProperty(CLUSTER_ID, newClusterId);
      try (Writer writer = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
        state.store(writer, "qgate devstack: stable per data directory, do not edit");
      }
    }
    return new KafkaBrokerConfig(
        dataDirectory,
        port,
        Integer.parseInt(state.getProperty(CONTROLLER_PORT).trim()),
        state.getProperty(CLUSTER_ID).trim());
  }

  int port() {
    return port;
  }

  int controllerPort() {
    return controllerPort;
  }

  String clusterId() {
    return clusterId;
  }

  Path logDirectory() {
    return dataDirectory.resolve("log");
  }

  /** True once the storage tool has written meta.properties into the log directory. */
  boolean isFormatted() {
    return Files.isRegularFile(logDirectory().resolve("meta.properties"));
  }

  Properties serverProperties() {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty(
        "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDirectory().toAbsolutePath().toString());

    // One broker: every internal topic has a single replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "5");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "5");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("auto.create.topics.enable", "true");
    p.setProperty("num.partitions", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // After a hard kill the controller refuses the restarted broker until the old registration's
    // session expires (default 9 s); a short session keeps that restart quick.
    p.setProperty("broker.heartbeat.interval.ms", "1000");
    p.setProperty("broker.session.timeout.ms", "3000");

    // Small files and buffers: a dev machine, not a production broker.
    p.setProperty("log.segment.bytes", Integer.toString(8 * 1024 * 1024));
    p.setProperty("log.index.size.max.bytes", Integer.toString(1024 * 1024));
    p.setProperty("log.retention.hours", "24");
    // The demo fleets write ~2 MB/s (10,000 PMU frames a second): keep at most 256 MiB a partition,
    // about two minutes of the grid topic, so a stack left running does not fill the disk.
    p.setProperty("log.retention.bytes", Integer.toString(256 * 1024 * 1024));
    p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    p.setProperty("num.recovery.threads.per.data.dir", "1");
    p.setProperty("background.threads", "2");
    return p;
  }
}
