package io.qgate.console.interfaces.web;

import io.qgate.console.interfaces.rest.OidcIssuer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link SecurityHeaders} on every response of the WAR: the console's pages, its scripts, the
 * API. The CSP names the OpenID issuer's origin (qgate.oidc.issuer, env QGATE_OIDC_ISSUER).
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private transient SecurityHeaders headers;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    String issuer =
        ConfigProvider.getConfig()
            .getOptionalValue(OidcIssuer.CONFIG_KEY, String.class)
            .orElse(OidcIssuer.DEFAULT);
    try {
      headers = SecurityHeaders.forIssuer(issuer);
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.everyResponse().forEach(response::setHeader);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    SecurityHeaders.forPath(path).forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
