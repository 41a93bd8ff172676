package io.qgate.qkd.authentication;

/**
 * An authentication tag: the sequence number fixes which one-time pad encrypted it, so tags can be
 * neither replayed nor reordered.
 */
public record Tag(long sequence, long value) {}
