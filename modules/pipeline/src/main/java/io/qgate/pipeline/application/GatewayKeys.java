package io.qgate.pipeline.application;

import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.GatewayKeySource;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.vault.domain.telemetry.MasterKeyGrant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The keys one gateway seals with: its current master key (a QKD key drawn from the vault), the
 * device-key schedule its policy sets (rotate by age and by use) and the algorithm per device.
 * {@link #rotateIfDue} draws a new master key once the current one is {@code masterKeyLifetime}
 * old; the one before stays alive until the next rotation, since a record being sealed may still
 * use it, then is zeroised.
 */
public final class GatewayKeys implements GatewayKeySource {

  /** Device kinds that get the lightweight cipher where the policy allows it. */
  private static final Set<String> CONSTRAINED = Set.of("PLC", "SENSOR", "SMART_METER");

  private final Supplier<MasterKeyGrant> vault;
  private final Duration masterKeyLifetime;
  private final Map<String, String> kindByDevice = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile Current current;
  private MasterKeyGrant retired;

  private record Current(MasterKeyGrant grant, MasterKey key, EpochSchedule schedule, Instant at) {}

  /**
   * @param vault draws a new master key for this gateway (from the vault, under policy)
   * @param kindByDevice the registry kind of each device the gateway serves
   */
  public GatewayKeys(
      Supplier<MasterKeyGrant> vault,
      Duration masterKeyLifetime,
      Map<String, String> kindByDevice,
      Clock clock) {
    this.vault = vault;
    this.masterKeyLifetime = masterKeyLifetime;
    this.kindByDevice.putAll(kindByDevice);
    this.clock = clock;
  }

  /** Draws the first master key, or a new one if the current is due; true if it drew one. */
  public synchronized boolean rotateIfDue() {
    Current now = current;
    if (now != null && now.at().plus(masterKeyLifetime).isAfter(clock.instant())) {
      return false;
    }
    MasterKeyGrant grant = vault.get();
    MasterKey key = new MasterKey(grant.key().keyId(), grant.secret(), grant.key().salt());
    EpochSchedule schedule = new EpochSchedule(grant.maxKeyAge(), grant.maxMessagesPerKey());
    current = new Current(grant, key, schedule, clock.instant());
    if (retired != null) {
      retired.secret().destroy();
    }
    retired = now == null ? null : now.grant();
    return true;
  }

  /** Records the registry kind of a device the gateway learns of after it started. */
  public void knowKind(String deviceId, String kind) {
    kindByDevice.put(deviceId, kind);
  }

  /** The policy's AEAD algorithms for the current master key. */
  public Set<AeadAlgorithm> allowedAlgorithms() {
    return current().grant().algorithms();
  }

  @Override
  public MasterKey currentMasterKey() {
    return current().key();
  }

  @Override
  public EpochSchedule schedule() {
    return current().schedule();
  }

  /**
   * AES-256-GCM unless the device is constrained (a PLC, a sensor, a meter) and the policy allows
   * ASCON-AEAD128 — or the policy allows only ASCON.
   */
  @Override
  public Algorithm algorithmFor(String deviceId) {
    Set<AeadAlgorithm> allowed = allowedAlgorithms();
    boolean ascon = allowed.contains(AeadAlgorithm.ASCON_AEAD128);
    if (ascon
        && (CONSTRAINED.contains(kindByDevice.getOrDefault(deviceId, ""))
            || !allowed.contains(AeadAlgorithm.AES_256_GCM))) {
      return Algorithm.ASCON_AEAD128;
    }
    return Algorithm.AES_256_GCM;
  }

  /** Zeroises every master key it holds. */
  public synchronized void destroy() {
    if (current != null) {
      current.grant().secret().destroy();
    }
    if (retired != null) {
      retired.secret().destroy();
    }
  }

  private Current current() {
    Current now = current;
    if (now == null) {
      throw new IllegalStateException("no master key yet: call rotateIfDue() first");
    }
    return now;
  }
}
