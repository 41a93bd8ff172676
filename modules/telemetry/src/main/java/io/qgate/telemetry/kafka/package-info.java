/**
 * Kafka glue for plain kafka-clients: {@link io.qgate.telemetry.kafka.TelemetrySerializer} seals on
 * the producer, {@link io.qgate.telemetry.kafka.TelemetryDeserializer} opens without throwing,
 * {@link io.qgate.telemetry.kafka.SecureTelemetryConsumer} runs the consumer loop with
 * de-duplication, replay rejection and a dead-letter topic ({@link
 * io.qgate.telemetry.kafka.DeadLetterPublisher}) counted by {@link
 * io.qgate.telemetry.kafka.RejectionCounts}.
 */
package io.qgate.telemetry.kafka;
