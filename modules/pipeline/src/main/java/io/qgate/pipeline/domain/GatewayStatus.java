package io.qgate.pipeline.domain;

/**
 * How an edge gateway is doing since it started: readings sent to Kafka (acknowledged), refused by
 * the policy (device not certified, algorithm not allowed), failed (not acknowledged).
 *
 * @param running false while it waits for its first master key or its devices' registration
 */
public record GatewayStatus(
    String domain,
    String gatewayId,
    String topic,
    int devices,
    boolean running,
    long sent,
    long refusedByPolicy,
    long failed) {}
