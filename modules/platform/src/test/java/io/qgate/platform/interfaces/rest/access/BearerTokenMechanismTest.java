package io.qgate.platform.interfaces.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MicroProfile JWT decides every request that carries a token, and is not asked about others. */
class BearerTokenMechanismTest {

  private final List<String> asked = new ArrayList<>();
  private final HttpAuthenticationMechanism microProfileJwt = new RecordingJwt();
  private final BearerTokenMechanism mechanism = new BearerTokenMechanism();

  @BeforeEach
  void overARecordingJwtMechanism() {
    mechanism.tokenHeader = "Authorization";
    mechanism.jwt = microProfileJwt;
  }

  @Test
  void aRequestWithoutTheTokenHeaderIsLeftUnauthenticatedWithoutAskingMicroProfileJwt()
      throws Exception {
    AuthenticationStatus status = mechanism.validateRequest(request(Map.of()), null, context());

    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(asked).isEmpty();
  }

  @Test
  void anyValueOfTheTokenHeaderIsMicroProfileJwtsToDecide() throws Exception {
    for (String value : new String[] {"Bearer a.b.c", "Basic YWRhbTpx", ""}) {
      AuthenticationStatus status =
          mechanism.validateRequest(request(Map.of("Authorization", value)), null, context());
      assertThat(status).as(value).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    }
    assertThat(asked).hasSize(3);
  }

  @Test
  void theTokenHeaderIsTheOneMicroProfileJwtIsConfiguredWith() throws Exception {
    mechanism.tokenHeader = "Cookie";

    mechanism.validateRequest(request(Map.of("Authorization", "Bearer a.b.c")), null, context());
    mechanism.validateRequest(request(Map.of("Cookie", "Bearer=a.b.c")), null, context());

    assertThat(asked).containsExactly("validateRequest");
  }

  @Test
  void microProfileJwtsMechanismIsTheOtherBeanAndWithoutItThereIsNone() {
    Bean<?> self = bean(BearerTokenMechanism.class);
    Bean<?> jwt = bean(HttpAuthenticationMechanism.class);

    assertThat(BearerTokenMechanism.otherMechanism(beanManager(Set.of(self, jwt))))
        .isSameAs(microProfileJwt);
    assertThatThrownBy(() -> BearerTokenMechanism.otherMechanism(beanManager(Set.of(self))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MP-JWT");
  }

  /** Refuses every token it is asked about, and remembers being asked. */
  private final class RecordingJwt implements HttpAuthenticationMechanism {
    @Override
    public AuthenticationStatus validateRequest(
        HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        HttpMessageContext context) {
      asked.add("validateRequest");
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private static HttpServletRequest request(Map<String, String> headers) {
    return fake(
        HttpServletRequest.class,
        (method, args) -> method.equals("getHeader") ? headers.get((String) args[0]) : null);
  }

  private static HttpMessageContext context() {
    return fake(
        HttpMessageContext.class,
        (method, args) -> method.equals("doNothing") ? AuthenticationStatus.NOT_DONE : null);
  }

  private static Bean<?> bean(Class<?> beanClass) {
    return fake(Bean.class, (method, args) -> method.equals("getBeanClass") ? beanClass : null);
  }

  private BeanManager beanManager(Set<Bean<?>> beans) {
    return fake(
        BeanManager.class,
        (method, args) ->
            switch (method) {
              case "getBeans" -> beans;
              case "getReference" -> microProfileJwt;
              default -> null;
            });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T fake(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            BearerTokenMechanismTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> answer.answer(method.getName(), args);
                }));
  }
}
