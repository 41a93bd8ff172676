package io.qgate.vault.interfaces.rest.etsi;

import java.util.Optional;
import java.util.Set;

/**
 * Which ETSI GS QKD 014 operation (§5.1–§5.3) a path below {@code /api/v1/keys/} names: {@code
 * {SAE_ID}/status}, {@code {SAE_ID}/enc_keys} or {@code {SAE_ID}/dec_keys}, and for which SAE.
 */
record EtsiRoute(String saeId, Endpoint endpoint) {

  /** The operations and the HTTP methods the standard gives each. */
  enum Endpoint {
    STATUS("status", Set.of("GET")),
    ENC_KEYS("enc_keys", Set.of("GET", "POST")),
    DEC_KEYS("dec_keys", Set.of("GET", "POST"));

    private final String segment;
    private final Set<String> methods;

    Endpoint(String segment, Set<String> methods) {
      this.segment = segment;
      this.methods = methods;
    }

    /** HEAD and OPTIONS too are refused: a HEAD of enc_keys would spend keys nobody receives. */
    boolean accepts(String method) {
      return methods.contains(method);
    }

    /** The {@code Allow} header of a 405. */
    String allow() {
      return methods.contains("POST") ? "GET, POST" : "GET";
    }

    static Optional<Endpoint> named(String segment) {
      for (Endpoint endpoint : values()) {
        if (endpoint.segment.equals(segment)) {
          return Optional.of(endpoint);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * @param pathInfo the decoded path below the servlet's mapping, e.g. {@code /sae-1/enc_keys}
   * @return the route, or empty where the path names no operation of the standard
   */
  static Optional<EtsiRoute> of(String pathInfo) {
    if (pathInfo == null || !pathInfo.startsWith("/")) {
      return Optional.empty();
    }
    int slash = pathInfo.indexOf('/', 1);
    if (slash <= 1 || pathInfo.indexOf('/', slash + 1) >= 0) {
      return Optional.empty();
    }
    String saeId = pathInfo.substring(1, slash);
    return Endpoint.named(pathInfo.substring(slash + 1))
        .map(endpoint -> new EtsiRoute(saeId, endpoint));
  }
}
