package io.qgate.telemetry.kafka;

import io.qgate.telemetry.envelope.Accepted;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Receives each authentic, fresh record once per consumer (at least once across consumer restarts).
 * An exception stops the batch: the record and those after it are delivered again.
 */
@FunctionalInterface
public interface TelemetryHandler {

  /**
   * @param telemetry the opened record
   * @param source the Kafka record it came from (topic, partition, offset, timestamp, headers)
   */
  void handle(Accepted telemetry, ConsumerRecord<byte[], byte[]> source) throws Exception;
}
