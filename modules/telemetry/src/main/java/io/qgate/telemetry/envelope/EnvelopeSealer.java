package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway side: seals a device's payload into an envelope bound to the topic.
 *
 * <p>Per record: the next sequence of the device ({@link DeviceSequences}); the current master key,
 * schedule and algorithm from the {@link GatewayKeySource}; the epoch from the schedule at the
 * sealer's clock and the device's use number within the current period; the device key for (master
 * key, device, epoch, algorithm) and its prepared AEAD context from the {@link DeviceKeyCache}; the
 * nonce from the sequence.
 *
 * <p>Why a (key, nonce) pair never repeats: a device key is unique to (master key, device, epoch,
 * algorithm), since HKDF info encodes device, epoch and the algorithm's purpose injectively; the
 * nonce is unique to the sequence; and a device's sequences never repeat. Two records under one
 * device key come from one device, so their sequences, and thus their nonces, differ.
 *
 * <p>Rotation: the key source is asked on every record, so a new master key or epoch applies to the
 * next record; consumers derive from the ids in each envelope, so records sealed before the change
 * still open. Thread-safe; records of one device should still be sent from one thread, so that they
 * reach Kafka in sequence order (see {@link ReplayGuard}).
 */
public final class EnvelopeSealer implements AutoCloseable {

  private final GatewayKeySource keySource;
  private final DeviceSequences sequences;
  private final Clock clock;
  private final DeviceKeyCache keys;
  private final ConcurrentHashMap<String, long[]> usesInPeriod = new ConcurrentHashMap<>();
  private volatile PeriodWindow window;

  /** The current period of a schedule and its bounds, so most records skip the division. */
  private record PeriodWindow(EpochSchedule schedule, long period, Instant start, Instant end) {}

  /** System clock, sequences from the clock, a cache of 65 536 device keys. */
  public EnvelopeSealer(GatewayKeySource keySource) {
    this(keySource, new DeviceSequences(), Clock.systemUTC(), new DeviceKeyCache(65_536));
  }

  /** The cache is taken over: {@link #close()} zeroises it. */
  public EnvelopeSealer(
      GatewayKeySource keySource, DeviceSequences sequences, Clock clock, DeviceKeyCache keys) {
    this.keySource = keySource;
    this.sequences = sequences;
    this.clock = clock;
    this.keys = keys;
  }

  /**
   * The envelope of {@code payload} from {@code deviceId} for {@code topic}.
   *
   * @throws IllegalArgumentException if the device id is empty or over 255 UTF-8 bytes, or the
   *     envelope would exceed {@link EnvelopeLayout#MAX_ENVELOPE_LENGTH}
   */
  public byte[] seal(String topic, String deviceId, byte[] payload) {
    MasterKey masterKey = keySource.currentMasterKey();
    Algorithm algorithm = keySource.algorithmFor(deviceId);
    EpochSchedule schedule = keySource.schedule();
    long period = periodAt(schedule, clock.instant());
    Epoch epoch = new Epoch(period, use(deviceId, period) / schedule.maxUsesPerEpoch());
    EnvelopeHeader header =
        new EnvelopeHeader(algorithm, deviceId, masterKey.keyId(), epoch, sequences.next(deviceId));
    int headerLength = header.length();
    long total = (long) headerLength + payload.length + Algorithm.TAG_LENGTH;
    if (total > EnvelopeLayout.MAX_ENVELOPE_LENGTH) {
      throw new IllegalArgumentException(
          "envelope of " + total + " bytes, at most " + EnvelopeLayout.MAX_ENVELOPE_LENGTH);
    }
    byte[] envelope = new byte[(int) total];
    header.writeTo(envelope);
    byte[] aad = EnvelopeLayout.associatedData(topic, envelope, headerLength);
    DeviceKeyCache.Entry entry;
    Aead.Context context;
    do {
      entry = keys.entry(masterKey, deviceId, epoch, algorithm);
      context = entry.take();
    } while (context == null);
    try {
      context.seal(header.nonce(), aad, payload, 0, payload.length, envelope, headerLength);
    } finally {
      entry.give(context);
    }
    return envelope;
  }

  /**
   * {@link EpochSchedule#periodAt}, which divides Durations through BigDecimal: computed once per
   * period and schedule, then a range check.
   */
  private long periodAt(EpochSchedule schedule, Instant now) {
    PeriodWindow current = window;
    if (current == null
        || !current.schedule().equals(schedule)
        || now.isBefore(current.start())
        || !now.isBefore(current.end())) {
      long period = schedule.periodAt(now);
      current =
          new PeriodWindow(
              schedule, period, schedule.periodStart(period), schedule.periodStart(period + 1));
      window = current;
    }
    return current.period();
  }

  /** The 0-based use number of the device's key in {@code period}; restarts at 0 each period. */
  private long use(String deviceId, long period) {
    long[] state = usesInPeriod.computeIfAbsent(deviceId, id -> new long[] {period, 0});
    synchronized (state) {
      if (state[0] != period) {
        state[0] = period;
        state[1] = 0;
      }
      return state[1]++;
    }
  }

  /** Zeroises the cached device keys. */
  @Override
  public void close() {
    keys.close();
  }
}
