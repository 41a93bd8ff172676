package io.qgate.policy.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which class a key is issued in. A request may require a class (the KME must issue that or
 * nothing) or prefer one; otherwise the policy's allowed classes decide, in the order keys as QKD
 * distils them, then QKD mixed with ML-KEM, then ML-KEM alone. PQC alone also stands in when a
 * link's pool runs dry — only where the policy allows PQC and the request required nothing.
 */
public final class KeyClassChoice {

  /** The order in which allowed classes are chosen when a request names none. */
  public static final List<KeyClass> PREFERENCE =
      List.of(KeyClass.QKD, KeyClass.HYBRID, KeyClass.PQC);

  private KeyClassChoice() {}

  /**
   * The class to ask the policy for. A required class is returned even where the policy forbids it,
   * so that the refusal is decided and recorded like any other.
   */
  public static KeyClass choose(
      Set<KeyClass> allowed, Optional<KeyClass> required, Optional<KeyClass> preferred) {
    if (required.isPresent()) {
      return required.get();
    }
    if (preferred.isPresent() && allowed.contains(preferred.get())) {
      return preferred.get();
    }
    return PREFERENCE.stream().filter(allowed::contains).findFirst().orElse(KeyClass.QKD);
  }

  /** PQC for a request the pool cannot serve in {@code chosen}, where that is allowed. */
  public static Optional<KeyClass> fallbackForEmptyPool(
      Set<KeyClass> allowed, KeyClass chosen, Optional<KeyClass> required) {
    boolean possible =
        chosen != KeyClass.PQC && required.isEmpty() && allowed.contains(KeyClass.PQC);
    return possible ? Optional.of(KeyClass.PQC) : Optional.empty();
  }
}
