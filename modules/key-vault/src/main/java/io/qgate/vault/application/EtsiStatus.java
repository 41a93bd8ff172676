package io.qgate.vault.application;

/** The facts of an ETSI GS QKD 014 Status object that depend on the SAE pair. */
public record EtsiStatus(
    String sourceKmeId,
    String targetKmeId,
    String masterSaeId,
    String slaveSaeId,
    long storedKeyCount,
    long maxKeyCount) {}
