/**
 * The versioned telemetry envelope: AES-256-GCM or Ascon-AEAD128 under per-device keys derived from
 * gateway master keys ({@link io.qgate.telemetry.keys}), with the topic, device id, master key id,
 * epoch and sequence number authenticated as associated data. {@link
 * io.qgate.telemetry.envelope.EnvelopeSealer} seals on the gateway, {@link
 * io.qgate.telemetry.envelope.EnvelopeOpener} opens on the consumer and never throws for bad input,
 * {@link io.qgate.telemetry.envelope.ReplayGuard} rejects old sequence numbers.
 * docs/telemetry-envelope.md specifies the bytes.
 */
package io.qgate.telemetry.envelope;
