package io.qgate.vault.interfaces.rest.etsi;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The SAE a request comes from: the subject CN of the client certificate the TLS handshake
 * verified. Never a header, parameter or body field — a request without a verified certificate has
 * no SAE (and gets 401).
 */
public final class CallerSae {

  private CallerSae() {}

  public static String of(HttpServletRequest request) {
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (!(chain instanceof X509Certificate[] certificates) || certificates.length == 0) {
      return null;
    }
    try {
      for (Rdn rdn : new LdapName(certificates[0].getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      return null;
    }
    return null;
  }
}
