package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.platform.interfaces.rest.access.ClientCertificate;
import io.qgate.vault.application.EtsiKeyService;
import io.qgate.vault.application.EtsiStatus;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ETSI GS QKD 014 v1.1.1 (§5, §6): Get status, Get key (enc_keys) and Get key with key IDs
 * (dec_keys), by GET and POST. Served on every listener, but only a request that arrived with a
 * verified client certificate (HTTPS 8443, mutual TLS) names an SAE; the others get 401.
 */
@Path("keys/{sae_ID}")
@ApplicationScoped // one instance: creating and injecting one per request cost ~9% of its CPU
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ETSI GS QKD 014")
@ClientCertificate
public class EtsiKeyResource {

  @Inject EtsiKeyService service;

  /** §5.1 Get status: the KME's limits and how many keys it holds for this master/slave pair. */
  @GET
  @Path("status")
  public Map<String, Object> status(
      @PathParam("sae_ID") String slaveSaeId, @Context HttpServletRequest request) {
    EtsiStatus status = service.status(CallerSae.of(request), slaveSaeId);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source_KME_ID", status.sourceKmeId());
    json.put("target_KME_ID", status.targetKmeId());
    json.put("master_SAE_ID", status.masterSaeId());
    json.put("slave_SAE_ID", status.slaveSaeId());
    json.put("key_size", EtsiLimits.DEFAULT_KEY_SIZE);
    json.put("stored_key_count", status.storedKeyCount());
    json.put("max_key_count", status.maxKeyCount());
    json.put("max_key_per_request", EtsiLimits.MAX_KEY_PER_REQUEST);
    json.put("max_key_size", EtsiLimits.MAX_KEY_SIZE);
    json.put("min_key_size", EtsiLimits.MIN_KEY_SIZE);
    json.put("max_SAE_ID_count", EtsiLimits.MAX_SAE_ID_COUNT);
    return json;
  }

  /** §5.2 Get key, simple form: number and size as query parameters. */
  @GET
  @Path("enc_keys")
  public String encKeysByQuery(
      @PathParam("sae_ID") String slaveSaeId,
      @QueryParam("number") String number,
      @QueryParam("size") String size,
      @Context HttpServletRequest request) {
    KeyRequest keyRequest =
        KeyRequest.of(
            EtsiJson.queryInteger(number, "number", 1),
            EtsiJson.queryInteger(size, "size", EtsiLimits.DEFAULT_KEY_SIZE),
            List.of());
    return container(service.encKeys(CallerSae.of(request), slaveSaeId, keyRequest));
  }

  /** §5.2 Get key with a Key request object. */
  @POST
  @Path("enc_keys")
  @Consumes(MediaType.WILDCARD)
  public String encKeys(
      @PathParam("sae_ID") String slaveSaeId, String body, @Context HttpServletRequest request) {
    return container(service.encKeys(CallerSae.of(request), slaveSaeId, EtsiJson.keyRequest(body)));
  }

  /** §5.3 Get key with key IDs, simple form: one key_ID as a query parameter. */
  @GET
  @Path("dec_keys")
  public String decKey(
      @PathParam("sae_ID") String masterSaeId,
      @QueryParam("key_ID") String keyId,
      @Context HttpServletRequest request) {
    if (keyId == null || keyId.isBlank()) {
      throw EtsiException.badRequest("key_ID is required");
    }
    return container(
        service.decKeys(CallerSae.of(request), masterSaeId, List.of(EtsiJson.uuid(keyId.strip()))));
  }

  /** §5.3 Get key with key IDs, with a Key IDs object. */
  @POST
  @Path("dec_keys")
  @Consumes(MediaType.WILDCARD)
  public String decKeys(
      @PathParam("sae_ID") String masterSaeId, String body, @Context HttpServletRequest request) {
    return container(service.decKeys(CallerSae.of(request), masterSaeId, EtsiJson.keyIds(body)));
  }

  /**
   * Key container (§6.3): key_ID, base64 key and the key's class as {@code key_extension} per key;
   * the bytes are erased once encoded. Written directly: UUIDs and base64 need no escaping, and a
   * JSON-B round per request cost more than the key itself.
   */
  private static String container(List<IssuedKey> keys) {
    StringBuilder json = new StringBuilder(32 + keys.size() * 100).append("{\"keys\":[");
    Base64.Encoder base64 = Base64.getEncoder();
    for (int i = 0; i < keys.size(); i++) {
      IssuedKey key = keys.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"key_ID\":\"")
          .append(key.keyId())
          .append("\",\"key\":\"")
          .append(base64.encodeToString(key.material()))
          .append("\",\"key_extension\":{\"key_class\":\"")
          .append(key.keyClass().name())
          .append("\"}}");
      key.erase();
    }
    return json.append("]}").toString();
  }
}
