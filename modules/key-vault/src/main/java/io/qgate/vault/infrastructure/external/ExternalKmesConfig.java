package io.qgate.vault.infrastructure.external;

import java.util.List;
import java.util.Set;

/**
 * What {@code QGATE_VAULT_EXTERNAL_KMES} configures.
 *
 * @param links the valid entries
 * @param misconfigured ids of links whose entry is invalid: neither pulled nor simulated
 * @param problems one message per invalid entry (or one for the whole file), naming file and field
 */
record ExternalKmesConfig(
    List<ExternalLink> links, Set<String> misconfigured, List<String> problems) {

  static final ExternalKmesConfig NONE = new ExternalKmesConfig(List.of(), Set.of(), List.of());

  static ExternalKmesConfig broken(String problem) {
    return new ExternalKmesConfig(List.of(), Set.of(), List.of(problem));
  }
}
