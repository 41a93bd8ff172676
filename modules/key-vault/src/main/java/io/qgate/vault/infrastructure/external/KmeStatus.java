package io.qgate.vault.infrastructure.external;

/**
 * The parts of an ETSI GS QKD 014 Status (§6.1) the vault needs to size its request.
 *
 * @param storedKeyCount keys the KME holds for the SAE pair
 * @param maxKeyPerRequest the most keys one enc_keys request may ask for
 */
record KmeStatus(int storedKeyCount, int maxKeyPerRequest) {}
