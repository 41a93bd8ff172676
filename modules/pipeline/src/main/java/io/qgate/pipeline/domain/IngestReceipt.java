package io.qgate.pipeline.domain;

import java.time.Instant;

/** Where an ingested reading was written: its topic, partition and offset, and its time. */
public record IngestReceipt(String topic, int partition, long offset, Instant receivedAt) {}
