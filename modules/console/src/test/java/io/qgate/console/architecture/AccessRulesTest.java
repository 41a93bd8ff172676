package io.qgate.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.qgate.platform.interfaces.rest.access.Allowed;
import io.qgate.platform.interfaces.rest.access.ClientCertificate;
import io.qgate.platform.interfaces.rest.access.Public;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;

/**
 * Every REST method of the WAR says who may call it. The access filter refuses methods without a
 * rule at run time (fail closed); this catches them at build time, before anyone is locked out.
 */
@AnalyzeClasses(packages = "io.qgate", importOptions = ImportOption.DoNotIncludeTests.class)
class AccessRulesTest {

  private static final DescribedPredicate<JavaMethod> HTTP_METHODS =
      DescribedPredicate.describe(
          "REST methods",
          method ->
              List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).stream()
                  .anyMatch(method::isAnnotatedWith));

  @ArchTest
  static final ArchRule everyRestMethodDeclaresWhoMayCallIt =
      methods().that(HTTP_METHODS).should(declareExactlyOneAccessRule());

  /**
   * A servlet has no access filter in front of it: the only rule it can keep by itself is the
   * client certificate's (it names its caller from the certificate and refuses requests without).
   */
  @ArchTest
  static final ArchRule everyServletIsForClientCertificatesOnly =
      classes()
          .that()
          .areAnnotatedWith(WebServlet.class)
          .should()
          .beAnnotatedWith(ClientCertificate.class);

  private static ArchCondition<JavaMethod> declareExactlyOneAccessRule() {
    return new ArchCondition<>("declare exactly one of @Allowed, @Public, @ClientCertificate") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        int rules =
            (method.isAnnotatedWith(Allowed.class) ? 1 : 0)
                + (method.isAnnotatedWith(Public.class) ? 1 : 0)
                + (method.isAnnotatedWith(ClientCertificate.class)
                        || method.getOwner().isAnnotatedWith(ClientCertificate.class)
                    ? 1
                    : 0);
        if (rules != 1) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " declares " + rules + " access rules"));
        }
      }
    };
  }
}
