package io.qgate.benchpipeline;

import java.time.Duration;

/**
 * One poll of a consumer thread, processed and committed: the platform's {@link
 * io.qgate.telemetry.kafka.SecureTelemetryConsumer#pollOnce} in encrypted mode, {@link
 * PlainConsumerLoop} in plain mode.
 */
@FunctionalInterface
interface ConsumerLoop {

  /** Records handed to the check. */
  int pollOnce(Duration timeout);
}
