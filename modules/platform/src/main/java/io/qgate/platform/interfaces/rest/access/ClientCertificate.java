package io.qgate.platform.interfaces.rest.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method for machines authenticated by their mutual-TLS client certificate (SAEs, devices):
 * the method itself names the caller from the certificate and refuses requests without one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ClientCertificate {}
