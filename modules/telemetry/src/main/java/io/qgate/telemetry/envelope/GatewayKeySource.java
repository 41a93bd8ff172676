package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;

/**
 * What a gateway seals with, asked on every record so that rotation takes effect at once: the
 * current master key (from the vault), the epoch schedule (from policy: maximum key age, maximum
 * uses) and the AEAD algorithm the policy allows a device. Implementations must be thread-safe.
 */
public interface GatewayKeySource {

  /** The master key new records derive from; it stays the source's to destroy. */
  MasterKey currentMasterKey();

  /** When device keys rotate. */
  EpochSchedule schedule();

  /** The algorithm for records of {@code deviceId}. */
  Algorithm algorithmFor(String deviceId);

  /** One master key, one schedule and one algorithm for every device. */
  static GatewayKeySource fixed(MasterKey masterKey, EpochSchedule schedule, Algorithm algorithm) {
    return new GatewayKeySource() {
      @Override
      public MasterKey currentMasterKey() {
        return masterKey;
      }

      @Override
      public EpochSchedule schedule() {
        return schedule;
      }

      @Override
      public Algorithm algorithmFor(String deviceId) {
        return algorithm;
      }
    };
  }
}
