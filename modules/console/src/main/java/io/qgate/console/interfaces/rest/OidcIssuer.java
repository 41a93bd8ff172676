package io.qgate.console.interfaces.rest;

/** The OpenID provider the console and the API trust (configuration key qgate.oidc.issuer). */
public final class OidcIssuer {

  /** The realm ./qgate up starts: Keycloak on port 8180, realm qgate. */
  public static final String DEFAULT = "http://localhost:8180/realms/qgate";

  public static final String CONFIG_KEY = "qgate.oidc.issuer";

  private OidcIssuer() {}
}
