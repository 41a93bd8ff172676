package io.qgate.devstack.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What {@code ./qgate bench etsi} runs, checked by {@link #validate()}.
 *
 * @param url base URL of the ETSI 014 listener, {@code https://host:port}
 * @param clients concurrent clients, each one request at a time
 * @param warmup time before the measurement (dec: the time to reserve keys)
 * @param measure the measured time
 * @param sizeBits key size requested from enc_keys
 * @param number keys per enc_keys request (enc, both) or key_IDs per dec_keys request (dec)
 * @param mode what is measured
 * @param masterSae the SAE that calls enc_keys
 * @param slaveSae the SAE that calls dec_keys
 * @param masterKeyStore PKCS#12 with the master SAE's client certificate
 * @param slaveKeyStore PKCS#12 with the slave SAE's client certificate
 * @param caPem the CA that signed the KME's server certificate
 * @param password of both key stores
 */
public record EtsiBenchSettings(
    URI url,
    int clients,
    Duration warmup,
    Duration measure,
    int sizeBits,
    int number,
    BenchMode mode,
    String masterSae,
    String slaveSae,
    Path masterKeyStore,
    Path slaveKeyStore,
    Path caPem,
    char[] password) {

  public static final int MAX_CLIENTS = 4096;

  /** ETSI 014 limits of the vault (its status answer): keys per request, key sizes. */
  public static final int MAX_KEYS_PER_REQUEST = 128;

  public static final int MIN_KEY_SIZE = 64;
  public static final int MAX_KEY_SIZE = 1024;
  public static final long MAX_SECONDS = 86_400;

  private static final Pattern SAE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * {@code value} as a base URL: https, a host, no query; {@link IllegalArgumentException} else.
   */
  public static URI parseUrl(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url '" + value + "' is not a URL");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(
          "--url must be https://HOST:PORT (ETSI 014 runs over mutual TLS), got '" + value + "'");
    }
    if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("--url must be https://HOST:PORT, got '" + value + "'");
    }
    return uri;
  }

  /**
   * Checks every setting, the certificate files included.
   *
   * @throws BenchException of kind {@link BenchException.Kind#BAD_INPUT}, naming the first problem
   */
  public EtsiBenchSettings validate() {
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw bad("--clients must be 1 to " + MAX_CLIENTS + ", got " + clients);
    }
    if (measure.toSeconds() < 1 || measure.toSeconds() > MAX_SECONDS) {
      throw bad("--seconds must be 1 to " + MAX_SECONDS + ", got " + measure.toSeconds());
    }
    if (warmup.isNegative() || warmup.toSeconds() > MAX_SECONDS) {
      throw bad("--warmup must be 0 to " + MAX_SECONDS + ", got " + warmup.toSeconds());
    }
    if (mode == BenchMode.DEC && warmup.toSeconds() < 1) {
      throw bad("--mode dec reserves its keys during the warm-up: --warmup must be at least 1");
    }
    if (sizeBits < MIN_KEY_SIZE || sizeBits > MAX_KEY_SIZE || sizeBits % 8 != 0) {
      throw bad(
          "--size must be a multiple of 8 from "
              + MIN_KEY_SIZE
              + " to "
              + MAX_KEY_SIZE
              + " bits, got "
              + sizeBits);
    }
    if (number < 1 || number > MAX_KEYS_PER_REQUEST) {
      throw bad("--number must be 1 to " + MAX_KEYS_PER_REQUEST + ", got " + number);
    }
    for (String sae : new String[] {masterSae, slaveSae}) {
      if (sae == null || !SAE_ID.matcher(sae).matches()) {
        throw bad("invalid SAE id '" + sae + "': expected [A-Za-z0-9][A-Za-z0-9._-]{0,63}");
      }
    }
    if (masterSae.equals(slaveSae)) {
      throw bad("master and slave SAE must differ, both are " + masterSae);
    }
    readable(masterKeyStore, "client certificate of " + masterSae);
    if (mode != BenchMode.ENC) {
      readable(slaveKeyStore, "client certificate of " + slaveSae);
    }
    readable(caPem, "CA certificate");
    return this;
  }

  /** Whether the run needs the slave SAE's client (dec_keys). */
  public boolean usesSlave() {
    return mode != BenchMode.ENC;
  }

  private static void readable(Path file, String what) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw bad(
          "missing "
              + what
              + ": "
              + file
              + " (./qgate up creates the demo SAEs' certificates, ./qgate pki issue-sae others)");
    }
  }

  private static BenchException bad(String message) {
    return new BenchException(BenchException.Kind.BAD_INPUT, message);
  }
}
