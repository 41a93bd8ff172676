package io.qgate.telemetry.kafka;

import org.apache.kafka.common.KafkaException;

/**
 * A batch of {@link SecureTelemetryConsumer} stopped because the handler or the dead-letter topic
 * failed; the consumer was rewound, so the next poll delivers the record again.
 */
public final class TelemetryConsumerException extends KafkaException {

  private static final long serialVersionUID = 1L;

  TelemetryConsumerException(String message, Throwable cause) {
    super(message, cause);
  }
}
