package io.qgate.vault.infrastructure.external;

import java.net.URI;
import javax.net.ssl.SSLContext;

/**
 * One end of an externally sourced link: the KME there and the SAE the vault acts as towards it.
 *
 * @param url the KME's base URL, {@code https://host:port}, without a trailing slash
 * @param saeId the SAE the client certificate in {@code tls} identifies
 * @param tls presents the SAE's client certificate and trusts only the configured CAs
 */
record KmeEndpoint(URI url, String saeId, SSLContext tls) {}
