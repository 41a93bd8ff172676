package io.qgate.benchpipeline;

/**
 * Where CPU time goes, told apart by thread name: the benchmark names its own threads, the Kafka
 * clients and the broker name theirs. Time the JVM spends outside Java threads (GC, JIT) is {@link
 * #OTHER}: the process total minus every Java thread.
 */
enum Stage {
  /** The producer threads: simulate the frame, seal it (encrypted mode), append it to a batch. */
  PRODUCE("bench-producer-"),
  /** The producers' I/O threads, which ship the batches to the broker. */
  PRODUCER_IO("kafka-producer-network-thread"),
  /** The consumer threads: fetch, open (encrypted mode), monitor, commit. */
  CONSUME("bench-consumer-"),
  /** Every other Java thread: the embedded broker and controller, and the clients' helpers. */
  BROKER_AND_REST(""),
  /** CPU outside Java threads: garbage collection, JIT compilation. */
  OTHER(null);

  private final String prefix;

  Stage(String prefix) {
    this.prefix = prefix;
  }

  /** The stage a Java thread of this name works for. */
  static Stage of(String threadName) {
    for (Stage stage : values()) {
      if (stage.prefix != null && !stage.prefix.isEmpty() && threadName.startsWith(stage.prefix)) {
        return stage;
      }
    }
    return BROKER_AND_REST;
  }

  String label() {
    return switch (this) {
      case PRODUCE -> "producers";
      case PRODUCER_IO -> "producer I/O";
      case CONSUME -> "consumers";
      case BROKER_AND_REST -> "broker+other threads";
      case OTHER -> "GC/JIT";
    };
  }
}
