package io.qgate.console.interfaces.rest;

import io.qgate.platform.interfaces.rest.access.Public;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the web console signs people in: the OpenID provider's issuer and the console's client. */
@Path("console/config")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "console")
public class ConsoleConfigResource {

  /** The realm's client the console signs in as (public, authorization code with PKCE). */
  public static final String CLIENT_ID = "qgate-console";

  @Inject
  @ConfigProperty(name = "qgate.oidc.issuer", defaultValue = OidcIssuer.DEFAULT)
  String issuer;

  @GET
  @Operation(summary = "The OpenID Connect issuer and client id the console signs in with")
  @Public("the console reads where to sign in before it can")
  public ConsoleConfigView config() {
    return new ConsoleConfigView(issuer, CLIENT_ID);
  }

  /** What the console needs before sign-in; nothing secret. */
  public record ConsoleConfigView(String issuer, String clientId) {}
}
