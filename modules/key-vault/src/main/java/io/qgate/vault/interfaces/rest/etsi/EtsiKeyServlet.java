package io.qgate.vault.interfaces.rest.etsi;

import io.qgate.platform.interfaces.rest.access.ClientCertificate;
import io.qgate.vault.application.EtsiKeyService;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ETSI GS QKD 014 v1.1.1 (§5): Get status, Get key (enc_keys) and Get key with key IDs (dec_keys),
 * by GET and POST. A servlet, not a JAX-RS resource: for a request this small the JAX-RS container
 * around it (routing, request scope, filters, listeners) cost about as much CPU as the key itself
 * (docs/benchmarks.md, "ETSI 014 below JAX-RS"). Served on every listener, but only a request that
 * arrived with a verified client certificate (HTTPS 8443, mutual TLS) names an SAE; the others get
 * 401 from {@link EtsiKeyService}.
 */
@ClientCertificate
@WebServlet(name = "etsi-gs-qkd-014", urlPatterns = "/api/v1/keys/*")
public class EtsiKeyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(EtsiKeyServlet.class.getName());

  /** Far above the largest valid request (128 key IDs, or 8 slaves and extensions). */
  static final int MAX_BODY_BYTES = 64 * 1024;

  @Inject transient EtsiKeyService service;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<EtsiRoute> route = EtsiRoute.of(request.getPathInfo());
    if (route.isEmpty()) {
      reply(response, 404, EtsiReplies.error("no ETSI GS QKD 014 operation here", List.of()));
    } else if (!route.get().endpoint().accepts(request.getMethod())) {
      response.setHeader("Allow", route.get().endpoint().allow());
      reply(response, 405, EtsiReplies.error(request.getMethod() + " is not allowed", List.of()));
    } else {
      answer(route.get(), request, response);
    }
  }

  private void answer(EtsiRoute route, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String json;
    try {
      json = operate(route, CallerSae.of(request), request);
    } catch (EtsiException refused) {
      reply(response, refused.status(), EtsiReplies.error(refused.getMessage(), refused.details()));
      return;
    } catch (RuntimeException unexpected) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "ETSI 014 request failed, incident " + incident, unexpected);
      // §5: 503 is the standard's one answer for an error on the server's side.
      String message = "the KME failed; quote incident " + incident + " to its operator";
      reply(response, 503, EtsiReplies.error(message, List.of()));
      return;
    }
    reply(response, 200, json);
  }

  private String operate(EtsiRoute route, String callerSae, HttpServletRequest request)
      throws IOException {
    boolean get = request.getMethod().equals("GET");
    return switch (route.endpoint()) {
      case STATUS -> EtsiReplies.status(service.status(callerSae, route.saeId()));
      case ENC_KEYS ->
          EtsiReplies.keyContainer(
              service.encKeys(
                  callerSae,
                  route.saeId(),
                  get ? keyRequestOf(request) : EtsiJson.keyRequest(body(request))));
      case DEC_KEYS ->
          EtsiReplies.keyContainer(
              service.decKeys(
                  callerSae,
                  route.saeId(),
                  get ? List.of(keyIdOf(request)) : EtsiJson.keyIds(body(request))));
    };
  }

  /** §5.2, simple form: number and size as query parameters. */
  private static KeyRequest keyRequestOf(HttpServletRequest request) {
    return KeyRequest.of(
        EtsiJson.queryInteger(request.getParameter("number"), "number", 1),
        EtsiJson.queryInteger(request.getParameter("size"), "size", EtsiLimits.DEFAULT_KEY_SIZE),
        List.of());
  }

  /** §5.3, simple form: one key_ID as a query parameter. */
  private static UUID keyIdOf(HttpServletRequest request) {
    String keyId = request.getParameter("key_ID");
    if (keyId == null || keyId.isBlank()) {
      throw EtsiException.badRequest("key_ID is required");
    }
    return EtsiJson.uuid(keyId.strip());
  }

  private static String body(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw EtsiException.badRequest(
          "the request body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static void reply(HttpServletResponse response, int status, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
