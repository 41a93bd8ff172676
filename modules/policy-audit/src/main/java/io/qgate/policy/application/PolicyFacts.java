package io.qgate.policy.application;

import io.qgate.policy.domain.PolicyRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Policy rules as plain values, for the audit trail's before/after of a change. */
public final class PolicyFacts {

  private PolicyFacts() {}

  public static Map<String, Object> of(PolicyRules rules) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("allowedKeyClasses", names(rules.allowedKeyClasses()));
    facts.put("maxLinkQber", rules.maxLinkQber());
    facts.put("maxKeyAgeSeconds", rules.maxKeyAge().toSeconds());
    facts.put("maxMessagesPerKey", rules.maxMessagesPerKey());
    facts.put("allowedAeadAlgorithms", names(rules.allowedAeadAlgorithms()));
    facts.put(
        "requiredCertification",
        rules
            .requiredCertification()
            .map(r -> Map.of("scheme", r.scheme().name(), "level", r.level()))
            .orElse(null));
    facts.put("decryptReaderRoles", names(rules.decryptReaderRoles()));
    facts.put("auditEveryRead", rules.auditEveryRead());
    facts.put("auditRetentionDays", rules.auditRetentionDays());
    return facts;
  }

  private static TreeSet<String> names(java.util.Set<?> values) {
    TreeSet<String> names = new TreeSet<>();
    values.forEach(v -> names.add(String.valueOf(v)));
    return names;
  }
}
