package io.qgate.vault.domain;

import io.qgate.policy.domain.KeyClass;
import java.util.Set;

/**
 * What keys about to be delivered are made of, for the policy decision: their classes, the links
 * they were cut from ({@code sourceLinks}: a direct key's link, a relayed key's first hop), and
 * every link they came over ({@code links}: also each further hop of a relayed key).
 */
public record KeySources(Set<KeyClass> classes, Set<String> sourceLinks, Set<String> links) {

  public KeySources {
    classes = Set.copyOf(classes);
    sourceLinks = Set.copyOf(sourceLinks);
    links = Set.copyOf(links);
  }
}
