package io.qgate.pipeline.domain;

import java.util.Map;

/**
 * How a domain consumer is doing since it started: records accepted and checked, redeliveries
 * skipped as duplicates, records rejected (dead-lettered) by reason, authentic payloads that were
 * not in the domain's format, and alerts raised.
 */
public record ConsumerStatus(
    String domain,
    String topic,
    long accepted,
    long duplicates,
    Map<String, Long> rejected,
    long malformed,
    long alerts) {

  public ConsumerStatus {
    rejected = Map.copyOf(rejected);
  }
}
