package io.qgate.netsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The flags of {@code sim network}; Setup validates them, each failure one line naming the flag.
 */
final class NetworkOptions {

  @Option(names = "--architecture", description = "central, distributed, hierarchical or hybrid")
  String architecture;

  @Option(names = "--devices", description = "IoT devices (default 1000)")
  Integer devices;

  @Option(names = "--gateways", description = "edge gateways (default ⌈devices/200⌉)")
  Integer gateways;

  @Option(
      names = "--topology",
      paramLabel = "FILE",
      description = "a topology in JSON instead of a generated one")
  Path topology;

  @Option(names = "--hours", description = "simulated hours (default 1)")
  Double hours;

  @Option(names = "--seed", description = "random seed (default 1)")
  Long seed;

  @Option(names = "--area-km", description = "side of the square region (default 200 km)")
  Double areaKm;

  @Option(names = "--protocol", description = "QKD protocol of every link (default bb84-decoy)")
  String protocol;

  @Option(names = "--kmes", description = "KMEs of the distributed mesh (default max(3, ⌈G/10⌉))")
  Integer kmes;

  @Option(names = "--core-nodes", description = "core KMEs on the hierarchical ring (default 4)")
  Integer coreNodes;

  @Option(names = "--relays", description = "regional relays (default max(1, ⌈G/10⌉))")
  Integer relays;

  @Option(
      names = "--key-mode",
      description = "derived (default: HKDF from gateway master keys) or direct")
  String keyMode;

  @Option(names = "--rekey-period-s", description = "device rekey period (default 60 s)")
  Double rekeyPeriodSeconds;

  @Option(names = "--jitter", description = "rekey interval = period × (1 ± jitter) (default 0.1)")
  Double jitter;

  @Option(names = "--key-bits", description = "bits per key (default 256)")
  Integer keyBits;

  @Option(names = "--master-epoch-s", description = "life of a gateway master key (default 60 s)")
  Double masterEpochSeconds;

  @Option(
      names = "--prefetch-s",
      description = "gateways fetch the next master key this early (default 10 s)")
  Double prefetchSeconds;

  @Option(
      names = "--deadline-s",
      description = "a rekey later than this is not served (default: the rekey period)")
  Double deadlineSeconds;

  @Option(names = "--pool-bits", description = "key pool capacity per link (default 1e6 bits)")
  Double poolBits;

  @Option(names = "--repetition-rate-hz", description = "QKD source pulse rate (default 1e9)")
  Double repetitionRateHz;

  @Option(
      names = "--kme-service-ms",
      description = "KME/relay time per key operation (default 2.5 ms)")
  Double kmeServiceMs;

  @Option(names = "--access-rtt-ms", description = "device-gateway round trip (default 10 ms)")
  Double accessRttMs;

  @Option(
      names = "--fail-at-h",
      description = "when the most loaded node fails (default: half-way)")
  Double failAtHours;

  @Option(names = "--no-failure", description = "no node fails")
  boolean noFailure;

  @Option(names = "--bins", description = "time-series bins (default 60)")
  Integer bins;

  @Option(
      names = "--qkd-link-end-watts",
      description = "power of one QKD transmitter or receiver (default 100 W)")
  Double qkdLinkEndWatts;

  @Option(
      names = "--trusted-node-watts",
      description = "power of a KME or relay server (default 200 W)")
  Double trustedNodeWatts;

  @Option(names = "--device-rekey-uj", description = "device energy per rekey (default 5 µJ)")
  Double deviceRekeyMicrojoules;

  @Option(
      names = "--device-message-uj",
      description = "device AEAD energy per message (default 4 µJ)")
  Double deviceMessageMicrojoules;

  @Option(
      names = "--messages-per-hour",
      description = "telemetry messages per device and hour (default 3600)")
  Double messagesPerHour;

  @Option(names = "--qkd-link-eur", description = "cost of one QKD link (default 100000)")
  Double qkdLinkEuros;

  @Option(
      names = "--trusted-node-eur",
      description = "cost of one KME or relay server (default 20000)")
  Double trustedNodeEuros;
}
