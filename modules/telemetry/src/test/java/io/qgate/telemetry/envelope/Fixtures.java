package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/** Fixed keys, clock and topics for envelope tests. */
public final class Fixtures {

  public static final String TOPIC = "qgate.grid.pmu.v1";
  public static final String DEVICE = "grid-pmu-000042";
  public static final Instant NOW = Instant.parse("2026-11-27T00:30:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final long FIRST_SEQUENCE = 1_795_739_400_000_000L;
  public static final EpochSchedule HOURLY = EpochSchedule.timeOnly(Duration.ofHours(1));

  private Fixtures() {}

  /** A master key whose secret and salt are {@code seed} repeated. */
  public static MasterKey masterKey(int seed) {
    byte[] secret = new byte[32];
    byte[] salt = new byte[32];
    for (int i = 0; i < 32; i++) {
      secret[i] = (byte) (seed + i);
      salt[i] = (byte) (0xA0 + seed + i);
    }
    return new MasterKey(
        UUID.nameUUIDFromBytes(("master-" + seed).getBytes()), KeyMaterial.wrap(secret), salt);
  }

  public static EnvelopeSealer sealer(MasterKey masterKey, Algorithm algorithm) {
    return new EnvelopeSealer(
        GatewayKeySource.fixed(masterKey, HOURLY, algorithm),
        new DeviceSequences(() -> FIRST_SEQUENCE),
        CLOCK,
        new DeviceKeyCache(64));
  }

  public static byte[] payload(int length) {
    byte[] payload = new byte[length];
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) (i * 7 + 3);
    }
    return payload;
  }

  public static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
  }
}
