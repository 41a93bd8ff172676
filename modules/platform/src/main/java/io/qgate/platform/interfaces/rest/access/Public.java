package io.qgate.platform.interfaces.rest.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A REST method anyone may call: only what a browser needs before signing in. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
  /** Why this method needs no sign-in, for the reviewer. */
  String value();
}
