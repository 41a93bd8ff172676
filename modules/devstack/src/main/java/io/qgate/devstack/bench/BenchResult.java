package io.qgate.devstack.bench;

import java.util.List;

/**
 * A whole run of {@code ./qgate bench etsi}.
 *
 * @param settings what ran
 * @param modes one result per kind of request measured (enc, dec or both)
 * @param storedKeysBefore the pool's stored_key_count (256-bit keys) before the run, from status
 * @param reservedInWarmup keys reserved for dec_keys during the warm-up (dec mode), else 0
 * @param tlsConnections TLS connections (handshakes) the clients opened, warm-up included
 * @param tlsConnectionsMeasured of those, the ones opened in the measured window
 * @param clientCpuCores CPU the benchmark's own JVM used in the window, in cores
 * @param machineBusy share of all cores busy in the window (/proc/stat), or NaN if unknown
 * @param processors cores the JVM sees
 * @param keyIdsIssued distinct key_IDs enc_keys returned (warm-up included)
 * @param keysVerified keys dec_keys returned with the bytes enc_keys had returned
 * @param duplicates key_IDs enc_keys returned more than once
 * @param mismatches dec_keys answers that differ from enc_keys (or answers that break the protocol)
 * @param problems the first few duplicates or mismatches, one line each
 * @param note why the window ended early, or null
 */
public record BenchResult(
    EtsiBenchSettings settings,
    List<ModeResult> modes,
    long storedKeysBefore,
    long reservedInWarmup,
    long tlsConnections,
    long tlsConnectionsMeasured,
    double clientCpuCores,
    double machineBusy,
    int processors,
    long keyIdsIssued,
    long keysVerified,
    long duplicates,
    long mismatches,
    List<String> problems,
    String note) {

  /** No duplicate key_ID and no mismatch. */
  public boolean verified() {
    return duplicates == 0 && mismatches == 0;
  }
}
