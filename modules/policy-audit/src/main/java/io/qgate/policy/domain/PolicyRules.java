package io.qgate.policy.domain;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.platform.domain.InvalidInputException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy says, as an immutable value: the decision rules read it, revisions store it.
 *
 * @param requiredCertification empty when devices need no certification
 * @param decryptReaderRoles roles whose holders may read decrypted data
 * @param auditEveryRead true to audit every decryption (services too), not only reads by people
 * @param auditRetentionDays the minimum time audit events of this scope are kept
 */
public record PolicyRules(
    Set<KeyClass> allowedKeyClasses,
    double maxLinkQber,
    Duration maxKeyAge,
    long maxMessagesPerKey,
    Set<AeadAlgorithm> allowedAeadAlgorithms,
    Optional<CertificationRequirement> requiredCertification,
    Set<String> decryptReaderRoles,
    boolean auditEveryRead,
    int auditRetentionDays) {

  public PolicyRules {
    allowedKeyClasses = Set.copyOf(allowedKeyClasses);
    allowedAeadAlgorithms = Set.copyOf(allowedAeadAlgorithms);
    decryptReaderRoles = Set.copyOf(decryptReaderRoles);
    if (allowedKeyClasses.isEmpty()) {
      throw new InvalidInputException("allowedKeyClasses", "must name at least one key class");
    }
    if (allowedAeadAlgorithms.isEmpty()) {
      throw new InvalidInputException("allowedAeadAlgorithms", "must name at least one algorithm");
    }
    if (!(maxLinkQber > 0 && maxLinkQber <= 0.5)) {
      throw new InvalidInputException("maxLinkQber", "must be in (0, 0.5]");
    }
    if (maxKeyAge.isNegative() || maxKeyAge.isZero() || maxKeyAge.toSeconds() > Integer.MAX_VALUE) {
      throw new InvalidInputException("maxKeyAgeSeconds", "must be positive");
    }
    if (maxMessagesPerKey <= 0) {
      throw new InvalidInputException("maxMessagesPerKey", "must be positive");
    }
    if (auditRetentionDays <= 0) {
      throw new InvalidInputException("auditRetentionDays", "must be positive");
    }
    for (String role : decryptReaderRoles) {
      if (!role.matches("[a-z][a-z0-9-]{0,62}")) {
        throw new InvalidInputException(
            "decryptReaderRoles", "'" + role + "' is not a role name (lower case, digits, '-')");
      }
    }
  }
}
