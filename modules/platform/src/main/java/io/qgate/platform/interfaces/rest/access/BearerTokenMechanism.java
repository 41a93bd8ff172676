package io.qgate.platform.interfaces.rest.access;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * MicroProfile JWT's authentication mechanism (installed by {@code @LoginConfig(authMethod =
 * "MP-JWT")}), asked only when the request carries the header its token travels in. Payara's looks
 * its identity store up through {@code CDI.current()} on every request, token or not — about a
 * tenth of the CPU of an ETSI request, whose caller is its client certificate — and then, finding
 * no token, does nothing; without the header this does nothing without asking it. Everything else
 * goes to it unchanged. An enabled alternative, so it is the mechanism the container resolves.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  /** MicroProfile JWT's setting of the header the token is in (Authorization or Cookie). */
  static final String TOKEN_HEADER_KEY = "mp.jwt.token.header";

  @Inject BeanManager beans;

  String tokenHeader;
  HttpAuthenticationMechanism jwt;

  @PostConstruct
  void findMicroProfileJwt() {
    tokenHeader =
        ConfigProvider.getConfig()
            .getOptionalValue(TOKEN_HEADER_KEY, String.class)
            .orElse("Authorization");
    jwt = otherMechanism(beans);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (request.getHeader(tokenHeader) == null) {
      return context.doNothing();
    }
    return jwt.validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return jwt.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    jwt.cleanSubject(request, response, context);
  }

  /**
   * The MP-JWT mechanism: the one other bean of the type. Without it this bean cannot be created,
   * so every request fails rather than pass unauthenticated.
   */
  static HttpAuthenticationMechanism otherMechanism(BeanManager beans) {
    Bean<?> other =
        beans.getBeans(HttpAuthenticationMechanism.class).stream()
            .filter(bean -> !bean.getBeanClass().equals(BearerTokenMechanism.class))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "MicroProfile JWT's mechanism is not installed"
                            + " (@LoginConfig(authMethod = \"MP-JWT\"))"));
    return (HttpAuthenticationMechanism)
        beans.getReference(
            other, HttpAuthenticationMechanism.class, beans.createCreationalContext(other));
  }
}
