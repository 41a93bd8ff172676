package io.qgate.telemetry.envelope;

import io.qgate.telemetry.keys.MasterKey;
import java.util.Optional;

/**
 * The consumer side: checks and decrypts an envelope read from a topic. Stateless apart from the
 * key cache, so it can back a Kafka {@code Deserializer}; replay detection, which needs per-device
 * state and the record's offset, is {@link ReplayGuard}'s, in the consumer loop.
 *
 * <p>Order of checks: the parser's (size, version, algorithm, lengths, nonce), then the master key
 * id against {@link MasterKeys}, then the tag over the associated data (label, topic, header). Bad
 * input of any kind gives {@link Rejected}; the only exceptions are those of {@link
 * MasterKeys#find}, which are not about the record. Thread-safe.
 */
public final class EnvelopeOpener implements AutoCloseable {

  private final MasterKeys masterKeys;
  private final DeviceKeyCache keys;

  /** With a cache of 65 536 device keys. */
  public EnvelopeOpener(MasterKeys masterKeys) {
    this(masterKeys, new DeviceKeyCache(65_536));
  }

  /** The cache is taken over: {@link #close()} zeroises it. */
  public EnvelopeOpener(MasterKeys masterKeys, DeviceKeyCache keys) {
    this.masterKeys = masterKeys;
    this.keys = keys;
  }

  /** Accepted with the payload if the envelope is authentic for {@code topic}, else Rejected. */
  public OpenResult open(String topic, byte[] envelope) {
    try {
      EnvelopeHeader header = EnvelopeParser.parse(envelope);
      Optional<MasterKey> found = masterKeys.find(header.masterKeyId());
      if (found.isEmpty()) {
        return new Rejected(RejectReason.UNKNOWN_KEY, "master key " + header.masterKeyId());
      }
      DeviceKeyCache.Entry entry;
      Aead.Context context;
      do {
        entry = deviceKey(found.get(), header);
        if (entry == null) {
          return new Rejected(
              RejectReason.UNKNOWN_KEY, "master key " + header.masterKeyId() + " was destroyed");
        }
        context = entry.take();
      } while (context == null);
      int headerLength = header.length();
      byte[] payload;
      try {
        byte[] aad = EnvelopeLayout.associatedData(topic, envelope, headerLength);
        payload =
            context.open(
                header.nonce(), aad, envelope, headerLength, envelope.length - headerLength);
      } finally {
        entry.give(context);
      }
      if (payload == null) {
        return new Rejected(
            RejectReason.AUTHENTICATION_FAILED,
            "tag does not verify for topic "
                + topic
                + ", device "
                + header.deviceId()
                + ", sequence "
                + header.sequence());
      }
      return new Accepted(
          header.deviceId(),
          header.sequence(),
          header.masterKeyId(),
          header.epoch(),
          header.algorithm(),
          payload);
    } catch (EnvelopeRejection rejection) {
      return rejection.toResult();
    }
  }

  /** Forgets (zeroises) the device keys of a retired master key. */
  public void forget(MasterKey masterKey) {
    keys.forget(masterKey.keyId());
  }

  @Override
  public void close() {
    keys.close();
  }

  private DeviceKeyCache.Entry deviceKey(MasterKey masterKey, EnvelopeHeader header) {
    try {
      return keys.entry(masterKey, header.deviceId(), header.epoch(), header.algorithm());
    } catch (IllegalStateException destroyed) {
      return null;
    }
  }
}
