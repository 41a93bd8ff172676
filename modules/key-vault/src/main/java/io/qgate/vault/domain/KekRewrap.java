package io.qgate.vault.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a KEK rewrap did.
 *
 * @param currentKekId the KEK everything was rewrapped under
 * @param rewrapped per old KEK id, the pool blocks and reserved keys moved to the current KEK
 * @param remaining per KEK id, what is still not under the current KEK afterwards: material under a
 *     KEK this instance does not have, material that does not unwrap (altered), or material an
 *     instance still running with an older KEK file wrapped meanwhile. Empty when the old KEKs can
 *     be removed from the KEK file.
 */
public record KekRewrap(
    String currentKekId,
    Map<String, WrappedCounts> rewrapped,
    Map<String, WrappedCounts> remaining) {

  public KekRewrap {
    rewrapped = Collections.unmodifiableSortedMap(new TreeMap<>(rewrapped));
    remaining = Collections.unmodifiableSortedMap(new TreeMap<>(remaining));
  }
}
