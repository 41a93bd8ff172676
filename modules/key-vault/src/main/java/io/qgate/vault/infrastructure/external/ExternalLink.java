package io.qgate.vault.infrastructure.external;

/**
 * A registered link whose key comes from QKD hardware: the vault asks the master's KME for keys for
 * the slave SAE (enc_keys) and the slave's KME for the same keys (dec_keys).
 *
 * @param field where the link stands in the file, e.g. {@code links[0]}, for messages
 * @param batch the most keys asked for in one tick
 */
record ExternalLink(
    String field, String linkId, int batch, KmeEndpoint master, KmeEndpoint slave) {}
