package io.qgate.console.interfaces.web;

import io.qgate.platform.domain.access.Operator;
import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.interfaces.rest.ProblemDocument;
import io.qgate.platform.interfaces.rest.access.AccessRefusal;
import io.qgate.platform.interfaces.rest.access.SignedIn;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Payara serves {@code /metrics} and {@code /openapi} inside the application deployed at the root
 * context, outside JAX-RS: this filter holds them to the API's rules (qgate must be deployed at
 * {@code /}, as every shipped deployment does; elsewhere it warns at startup). MicroProfile JWT has
 * already validated any bearer token when it runs; without one the answer is 401, without the
 * permission 403. {@code /health} stays open for probes.
 */
@WebFilter(
    filterName = "server-endpoints-guard",
    urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class ServerEndpointsGuard extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ServerEndpointsGuard.class.getName());

  private transient Jsonb json;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    json = JsonbBuilder.create();
    String contextPath = config.getServletContext().getContextPath();
    if (!contextPath.isEmpty()) {
      LOG.warning(
          "qgate is deployed at "
              + contextPath
              + ", not at the root context: Payara's /metrics and /openapi are outside it and"
              + " answer without a token. Deploy at / (--contextroot / on Payara Micro).");
    }
  }

  /** What a path of Payara's own endpoints needs: metrics are for scrapers and admins. */
  static Permission permissionFor(String path) {
    return path.startsWith("/metrics") ? Permission.READ_METRICS : Permission.VIEW;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Operator operator = SignedIn.operator(request.getUserPrincipal());
    Optional<ProblemDocument> refusal = AccessRefusal.of(operator, permissionFor(path));
    if (refusal.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDocument problem = refusal.get();
    response.setStatus(problem.status());
    if (operator.isAnonymous()) {
      response.setHeader("WWW-Authenticate", AccessRefusal.BEARER_CHALLENGE);
    }
    response.setContentType(ProblemDocument.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.toJson(problem));
  }
}
