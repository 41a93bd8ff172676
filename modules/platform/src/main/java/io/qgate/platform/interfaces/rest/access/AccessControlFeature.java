package io.qgate.platform.interfaces.rest.access;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Puts an access check in front of every REST method, closed by default: a method that declares
 * neither {@link Allowed}, {@link Public} nor {@link ClientCertificate} refuses everyone.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

  private static final Logger LOG = Logger.getLogger(AccessControlFeature.class.getName());

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed != null) {
      context.register(new AccessFilter(allowed.value()));
    } else if (!method.isAnnotationPresent(Public.class) && !certificateOnly(resource)) {
      if (ownMethod(resource)) {
        warnClosed(resource, method);
      }
      context.register(AccessFilter.refuseAll());
    }
  }

  /**
   * qgate's own methods must declare a rule; Jersey's generated ones (automatic OPTIONS responses)
   * are closed too, but without a warning at every deployment.
   */
  private static boolean ownMethod(ResourceInfo resource) {
    return resource.getResourceClass().getName().startsWith("io.qgate.");
  }

  private static void warnClosed(ResourceInfo resource, Method method) {
    LOG.warning(
        () ->
            "REST method "
                + resource.getResourceClass().getSimpleName()
                + "."
                + method.getName()
                + " declares no access rule: it refuses every request");
  }

  private static boolean certificateOnly(ResourceInfo resource) {
    return resource.getResourceMethod().isAnnotationPresent(ClientCertificate.class)
        || resource.getResourceClass().isAnnotationPresent(ClientCertificate.class);
  }
}
