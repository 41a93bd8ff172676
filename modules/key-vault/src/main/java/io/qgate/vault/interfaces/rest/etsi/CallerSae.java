package io.qgate.vault.interfaces.rest.etsi;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The SAE a request comes from: the subject CN of the client certificate the TLS handshake
 * verified. Never a header, parameter or body field — a request without a verified certificate has
 * no SAE (and gets 401).
 */
public final class CallerSae {

  /**
   * CNs of certificates already seen. The CN is a function of the certificate (equal means equal
   * encoded bytes), and parsing the subject on every request was ~4 % of an enc_keys request's CPU.
   * Bounded: emptied when full, so a stream of new certificates cannot grow it.
   */
  private static final Map<X509Certificate, Optional<String>> SEEN = new ConcurrentHashMap<>();

  private static final int MAX_SEEN = 4_096;

  private CallerSae() {}

  public static String of(HttpServletRequest request) {
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (!(chain instanceof X509Certificate[] certificates) || certificates.length == 0) {
      return null;
    }
    Optional<String> cn = SEEN.get(certificates[0]);
    if (cn == null) {
      cn = commonName(certificates[0]);
      if (SEEN.size() >= MAX_SEEN) {
        SEEN.clear();
      }
      SEEN.put(certificates[0], cn);
    }
    return cn.orElse(null);
  }

  private static Optional<String> commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return Optional.of(rdn.getValue().toString());
        }
      }
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
