/**
 * The classical–quantum key hierarchy of an edge gateway: a master key drawn from a QKD key pool,
 * per-device keys derived from it with HKDF-SHA-256 (RFC 5869), and the epochs that rotate them by
 * time and by use. Gateway and consumer derive the same device key without talking: both know the
 * master key, the device id, the schedule and the purpose.
 */
package io.qgate.telemetry.keys;
