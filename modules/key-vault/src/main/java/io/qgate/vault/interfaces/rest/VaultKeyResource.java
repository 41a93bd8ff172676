package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.Caller;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import io.qgate.vault.application.KeyLifecycleService;
import io.qgate.vault.application.SaeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued keys on the platform key API (not ETSI): metadata and revocation. */
@Path("key-vault/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "key vault")
public class VaultKeyResource {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject KeyLifecycleService lifecycle;
  @Inject SaeService saes;
  @Context SecurityContext security;

  @GET
  @Path("{keyId}")
  @Operation(
      summary = "An issued key's metadata, never its material",
      description =
          "Who reserved it for whom, its class, state and KEK; for a key relayed through trusted"
              + " nodes, relayPath lists each hop (link, from and to node, bits consumed). 400 if"
              + " keyId is not a UUID, 404 if no key has it.")
  @Allowed(Permission.VIEW)
  public KeyView get(@PathParam("keyId") String keyId) {
    KeyView key = KeyView.of(lifecycle.key(keyId(keyId)));
    if (!saes.inScope(key.masterSaeId(), SignedIn.operator(security).scope())) {
      throw new ForbiddenException("key " + keyId + " was issued to another tenant's SAE");
    }
    return key;
  }

  /** A reserved key no slave may fetch any more; 409 if it is not reserved. */
  @POST
  @Path("{keyId}/revoke")
  @Allowed(Permission.MANAGE_KEYS)
  public KeyView revoke(@PathParam("keyId") String keyId, @NotNull @Valid ReasonRequest body) {
    return KeyView.of(lifecycle.revoke(keyId(keyId), body.reason().strip(), Caller.name(security)));
  }

  static UUID keyId(String text) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      throw new InvalidInputException("keyId", "must be a UUID (8-4-4-4-12 hex digits)");
    }
    return UUID.fromString(text);
  }
}
