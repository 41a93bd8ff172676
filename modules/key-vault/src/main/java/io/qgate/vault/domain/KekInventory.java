package io.qgate.vault.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which KEKs the stored material is wrapped under.
 *
 * @param currentKekId the KEK new material is wrapped under
 * @param configuredKekIds the KEKs of this instance's KEK file, current first
 * @param wrapped per KEK id (configured or not), the pool blocks and reserved keys under it
 */
public record KekInventory(
    String currentKekId, List<String> configuredKekIds, Map<String, WrappedCounts> wrapped) {

  public KekInventory {
    configuredKekIds = List.copyOf(configuredKekIds);
    wrapped = Collections.unmodifiableSortedMap(new TreeMap<>(wrapped));
  }

  /** The material a rewrap would move: everything not under the current KEK, by KEK id. */
  public Map<String, WrappedCounts> notUnderCurrent() {
    Map<String, WrappedCounts> old = new LinkedHashMap<>();
    wrapped.entrySet().stream()
        .filter(e -> !e.getKey().equals(currentKekId) && !e.getValue().isEmpty())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> old.put(e.getKey(), e.getValue()));
    return old;
  }
}
