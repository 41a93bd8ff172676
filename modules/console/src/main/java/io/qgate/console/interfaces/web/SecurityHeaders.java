package io.qgate.console.interfaces.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The security headers of every response the WAR serves, computed from the OpenID issuer: the
 * console's scripts, styles and API calls come from the platform itself, and it talks to one other
 * origin, the identity provider's (token and logout endpoints).
 */
public final class SecurityHeaders {

  /** Headers on every response, the Content-Security-Policy among them. */
  private final Map<String, String> everyResponse;

  private SecurityHeaders(Map<String, String> everyResponse) {
    this.everyResponse = Map.copyOf(everyResponse);
  }

  /**
   * @param issuer the OpenID issuer URL, e.g. {@code http://localhost:8180/realms/qgate}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL
   */
  public static SecurityHeaders forIssuer(String issuer) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", contentSecurityPolicy(issuer));
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    return new SecurityHeaders(headers);
  }

  /** Every header with its value, for every response. */
  public Map<String, String> everyResponse() {
    return everyResponse;
  }

  /**
   * Extra headers for a response to {@code path} (relative to the WAR's root, starting with '/'):
   * API responses must not be cached, they carry one person's data.
   */
  public static Map<String, String> forPath(String path) {
    return path != null && (path.startsWith("/api/") || path.equals("/api"))
        ? Map.of("Cache-Control", "no-store")
        : Map.of();
  }

  /**
   * Nothing from elsewhere but the issuer's origin for fetch (token refresh); no inline script or
   * style, no eval, no framing; images from the WAR or data: URLs (charts exported as PNG).
   */
  public static String contentSecurityPolicy(String issuer) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' "
        + origin(issuer)
        + "; frame-ancestors 'none'; img-src 'self' data:";
  }

  /**
   * The origin of an absolute http(s) URL: scheme, host and any non-default port, lower case.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static String origin(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("qgate.oidc.issuer is not a URL: '" + url + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "qgate.oidc.issuer must be an absolute http(s) URL, not '" + url + "'");
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }
}
