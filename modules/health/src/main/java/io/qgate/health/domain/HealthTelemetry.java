package io.qgate.health.domain;

import io.qgate.platform.domain.Tenant;

/**
 * Where the healthcare context's telemetry lives: the topic of the contract in docs/asyncapi.yaml,
 * the tenant that owns the monitors and the policy domain that decides who may decrypt them.
 */
public final class HealthTelemetry {

  /** Encrypted FHIR vitals Bundles, keyed by device id. */
  public static final String TOPIC = "qgate.health.vitals.v1";

  public static final Tenant TENANT = Tenant.HOSPITAL;

  /** The policy domain of certification policies and key-class rules. */
  public static final String POLICY_DOMAIN = "HEALTH";

  private HealthTelemetry() {}
}
