package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.application.EtsiKeyService;
import io.qgate.vault.application.EtsiStatus;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ETSI GS QKD 014")
public class EtsiKeyResource {

  @Inject EtsiKeyService service;
  @Context HttpServletRequest request;

  /** §5.1 Get status: the KME's limits and how many keys it holds for this master/slave pair. */
  @GET
  @Path("status")
  public Map<String, Object> status(@PathParam("sae_ID") String slaveSaeId) {
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
  public Map<String, Object> encKeysByQuery(
      @PathParam("sae_ID") String slaveSaeId,
      @QueryParam("number") String number,
      @QueryParam("size") String size) {
    KeyRequest keyRequest =
        new KeyRequest(
            EtsiJson.queryInteger(number, "number", 1),
            EtsiJson.queryInteger(size, "size", EtsiLimits.DEFAULT_KEY_SIZE),
            List.of(),
            KeyClass.QKD);
    return container(service.encKeys(CallerSae.of(request), slaveSaeId, keyRequest));
  }

  /** §5.2 Get key with a Key request object. */
  @POST
  @Path("enc_keys")
  @Consumes(MediaType.WILDCARD)
  public Map<String, Object> encKeys(@PathParam("sae_ID") String slaveSaeId, String body) {
    return container(service.encKeys(CallerSae.of(request), slaveSaeId, EtsiJson.keyRequest(body)));
  }

  /** §5.3 Get key with key IDs, simple form: one key_ID as a query parameter. */
  @GET
  @Path("dec_keys")
  public Map<String, Object> decKey(
      @PathParam("sae_ID") String masterSaeId, @QueryParam("key_ID") String keyId) {
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
  public Map<String, Object> decKeys(@PathParam("sae_ID") String masterSaeId, String body) {
    return container(service.decKeys(CallerSae.of(request), masterSaeId, EtsiJson.keyIds(body)));
  }

  /** Key container (§6.3): key_ID and base64 key per key; the bytes are erased once encoded. */
  private static Map<String, Object> container(List<IssuedKey> keys) {
    List<Map<String, String>> entries =
        keys.stream()
            .map(
                k -> {
                  Map<String, String> entry = new LinkedHashMap<>();
                  entry.put("key_ID", k.keyId().toString());
                  entry.put("key", Base64.getEncoder().encodeToString(k.material()));
                  k.erase();
                  return entry;
                })
            .toList();
    return Map.of("keys", entries);
  }
}
