package io.qgate.policy.interfaces.rest;

import io.qgate.platform.interfaces.rest.RequiredFields;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.EnforcementPoint;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyScope;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Set;

/**
 * A question from an enforcement point outside the platform (an edge gateway, a KME). Which fields
 * are required depends on {@code point}; a missing one is a 400 naming it.
 */
public record DecisionRequest(
    @NotNull EnforcementPoint point,
    @NotBlank String tenant,
    @NotBlank String domain,
    @NotBlank @Size(max = 200) String actor,
    @Size(max = 200) String subject,
    KeyClass keyClass,
    @DecimalMin("0") @DecimalMax("0.5") Double qber,
    @Size(max = 63) String deviceId,
    AeadAlgorithm algorithm,
    @Min(0) Long keyAgeSeconds,
    @Min(0) Long messagesUnderKey,
    Set<@NotBlank String> actorRoles,
    Boolean person) {

  PolicyQuestion toQuestion() {
    PolicyScope scope = Scopes.of(tenant, domain);
    return switch (point) {
      case KEY_ISSUANCE ->
          new PolicyQuestion.KeyIssuance(
              scope,
              actor,
              required(subject, "subject"),
              required(keyClass, "keyClass"),
              required(qber, "qber"));
      case DEVICE_KEY_DERIVATION ->
          new PolicyQuestion.DeviceKeyDerivation(
              scope, actor, required(deviceId, "deviceId"), required(keyClass, "keyClass"));
      case TELEMETRY_ENCRYPTION ->
          new PolicyQuestion.TelemetryEncryption(
              scope,
              actor,
              required(deviceId, "deviceId"),
              required(algorithm, "algorithm"),
              Duration.ofSeconds(required(keyAgeSeconds, "keyAgeSeconds")),
              required(messagesUnderKey, "messagesUnderKey"));
      case TELEMETRY_DECRYPTION ->
          new PolicyQuestion.TelemetryDecryption(
              scope,
              actor,
              required(actorRoles, "actorRoles"),
              required(person, "person"),
              required(deviceId, "deviceId"));
      case LINK_USE ->
          new PolicyQuestion.LinkUse(
              scope, actor, required(subject, "subject"), required(qber, "qber"));
    };
  }

  private static <T> T required(T value, String field) {
    RequiredFields.require(value, field);
    return value;
  }
}
