package io.qgate.platform.interfaces.rest.access;

import io.qgate.platform.domain.access.Permission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method for signed-in people holding {@code value}: 401 without a valid bearer token, 403
 * without the permission. Tenant checks stay with the method, which knows its objects' tenants.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {
  Permission value();
}
