package io.qgate.telemetry.vault;

import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * Gateway master keys from a qgate vault, for a consumer outside the platform: {@code GET
 * <vault>/api/v1/telemetry/master-keys/{keyId}} over mutual TLS, the SAE being the client
 * certificate's CN (registered with a role the key's policy names among its readers). Each key is
 * fetched once and kept in memory; {@link #close()} zeroises them all.
 *
 * <p>As the {@link MasterKeys} of an {@link io.qgate.telemetry.envelope.EnvelopeOpener}: a key the
 * vault does not know is none (its records are rejected as UNKNOWN_KEY); a refusal (403) or an
 * unreachable vault throws, so the consumer stops on that record, says why, and loses nothing.
 */
public final class VaultMasterKeys implements MasterKeys, AutoCloseable {

  private final HttpClient http;
  private final URI keys;
  private final Map<UUID, MasterKey> fetched = new ConcurrentHashMap<>();

  /**
   * @param vault the platform's base URI on its mutual-TLS port, e.g. {@code
   *     https://qgate.example:8443/qgate/}
   * @param tls presents the SAE's client certificate and trusts the vault's CA
   */
  public VaultMasterKeys(URI vault, SSLContext tls) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(tls)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String base = vault.toString().endsWith("/") ? vault.toString() : vault + "/";
    this.keys = URI.create(base).resolve("api/v1/telemetry/master-keys/");
  }

  /**
   * The master key {@code keyId}; empty if the vault knows no such key.
   *
   * @throws VaultAccessException if the vault refuses (403: not entitled, 401: no certificate) or
   *     cannot be reached
   */
  @Override
  public Optional<MasterKey> find(UUID keyId) {
    MasterKey known = fetched.get(keyId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<MasterKey> key = fetch(keyId);
    key.ifPresent(k -> fetched.putIfAbsent(keyId, k));
    return key.map(k -> fetched.get(keyId));
  }

  private Optional<MasterKey> fetch(UUID keyId) {
    HttpResponse<String> response = get(keyId);
    return switch (response.statusCode()) {
      case 200 -> Optional.of(masterKey(keyId, response.body()));
      case 404 -> Optional.empty();
      default ->
          throw new VaultAccessException(
              "the vault answered "
                  + response.statusCode()
                  + " for master key "
                  + keyId
                  + ": "
                  + ProblemDetail.of(response.body()));
    };
  }

  private HttpResponse<String> get(UUID keyId) {
    HttpRequest request =
        HttpRequest.newBuilder(keys.resolve(keyId.toString()))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new VaultAccessException("cannot reach the vault at " + keys + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VaultAccessException("interrupted while asking the vault for " + keyId, e);
    }
  }

  private static MasterKey masterKey(UUID keyId, String json) {
    byte[] secret = Base64.getDecoder().decode(JsonField.string(json, "key"));
    byte[] salt = Base64.getDecoder().decode(JsonField.string(json, "salt"));
    if (!keyId.toString().equals(JsonField.string(json, "keyId"))) {
      throw new VaultAccessException("the vault answered with another key than " + keyId);
    }
    return new MasterKey(keyId, KeyMaterial.wrap(secret), salt);
  }

  @Override
  public void close() {
    fetched.values().forEach(MasterKey::destroy);
    fetched.clear();
  }
}
