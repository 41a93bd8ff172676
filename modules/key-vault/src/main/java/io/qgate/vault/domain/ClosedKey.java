package io.qgate.vault.domain;

import java.util.UUID;

/** A reserved key the vault closed (erased) before every slave had it, as the sweep reports it. */
public record ClosedKey(UUID keyId, String linkId, String masterSae) {}
